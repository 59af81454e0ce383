package nl.toegang.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.toegang.localidp.LocalIdentityProvider;

/** Tokens from the local identity provider's persona grant, over HTTP, as the README's curl example gets them. */
final class PersonaTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalIdentityProvider idp;

    PersonaTokens(LocalIdentityProvider idp) {
        this.idp = idp;
    }

    String idToken(String persona) {
        String credentials = idp.settings().clientId() + ":" + idp.settings().clientSecret();
        HttpRequest request = HttpRequest.newBuilder(URI.create(idp.issuer() + "/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + URLEncoder.encode("urn:toegang:persona", StandardCharsets.UTF_8)
                        + "&persona=" + URLEncoder.encode(persona, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The identity provider gave " + response.statusCode() + " for persona "
                        + persona + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("id_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("The identity provider could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
