package nl.toegang.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Talks to the identity provider: reads its discovery document (once, then cached) and trades
 * authorization codes for tokens.
 */
@Singleton
public class OidcProviderClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final AuthSettings settings;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private volatile ProviderMetadata metadata;

    public OidcProviderClient(AuthSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /** The provider's endpoints. A failed fetch is not cached, so the next request tries again. */
    public ProviderMetadata metadata() {
        ProviderMetadata known = metadata;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (metadata == null) {
                metadata = discover();
            }
            return metadata;
        }
    }

    private ProviderMetadata discover() {
        String issuer = settings.getIssuer();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IdentityProviderUnavailableException("discovery answered " + response.statusCode());
        }
        JsonNode document = parse(response.body());
        // OpenID Connect Discovery 1.0, section 4.3: the document must name the issuer we asked.
        if (!issuer.equals(document.path("issuer").asText())) {
            throw new IdentityProviderUnavailableException("discovery document names another issuer: "
                    + document.path("issuer").asText());
        }
        return new ProviderMetadata(
                issuer,
                required(document, "authorization_endpoint"),
                required(document, "token_endpoint"),
                required(document, "jwks_uri"),
                Optional.ofNullable(document.get("end_session_endpoint")).map(JsonNode::asText));
    }

    /** Trades a code for the id token; client credentials go as HTTP Basic (client_secret_basic). */
    String exchangeCode(String code, String redirectUri) {
        String form = Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri)
                .entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String credentials = encode(settings.getClientId()) + ":" + encode(settings.getClientSecret());
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(metadata().tokenEndpoint()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() >= 500) {
            throw new IdentityProviderUnavailableException("token endpoint answered " + response.statusCode());
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("id_token")) {
            throw new CodeExchangeException(body.path("error").asText("status " + response.statusCode()));
        }
        return body.get("id_token").asText();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderUnavailableException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailableException("interrupted while calling " + request.uri(), e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IdentityProviderUnavailableException("the provider sent something that is not JSON", e);
        }
    }

    private static String required(JsonNode document, String field) {
        String value = document.path(field).asText("");
        if (value.isBlank()) {
            throw new IdentityProviderUnavailableException("discovery document lacks " + field);
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The provider refused the code (used, expired, wrong client); the person must sign in again. */
    static class CodeExchangeException extends RuntimeException {
        CodeExchangeException(String error) {
            super(error);
        }
    }
}
