package nl.toegang.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses between the API answer (problem+json) and the page answer (redirect or HTML)
 * for authentication failures.
 */
@Singleton
public class AuthResponses {

    private final ObjectMapper json;
    private final AuthPages pages;

    AuthResponses(ObjectMapper json, AuthPages pages) {
        this.json = json;
        this.pages = pages;
    }

    /** API calls: paths under {@code /api/}, or clients that ask for JSON. */
    public static boolean wantsJson(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        return request.accept().stream()
                .anyMatch(type -> type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    MutableHttpResponse<?> notAuthenticated(HttpRequest<?> request) {
        if (wantsJson(request)) {
            // RFC 6750, section 3: tell API clients why their bearer token was refused.
            String challenge = CurrentUser.rejection(request)
                    .map(reason -> "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"")
                    .orElse("Bearer");
            return problem(ProblemDetails.NOT_AUTHENTICATED).header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return HttpResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/auth/login?return=" + encode(originalPathAndQuery(request)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        return wantsJson(request) ? problem(ProblemDetails.FORBIDDEN) : pages.forbidden();
    }

    MutableHttpResponse<?> providerUnavailable(HttpRequest<?> request) {
        return wantsJson(request)
                ? problem(ProblemDetails.PROVIDER_UNAVAILABLE)
                : pages.providerUnavailable();
    }

    private MutableHttpResponse<byte[]> problem(ProblemDetails problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        try {
            // Bytes, not an object: Micronaut's JSON codec may not claim application/problem+json.
            return HttpResponse.<byte[]>status(HttpStatus.valueOf(problem.status()))
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem document", e);
        }
    }

    private static String originalPathAndQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
