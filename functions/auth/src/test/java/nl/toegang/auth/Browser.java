package nl.toegang.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Acts like a browser without JavaScript: keeps the app's cookies, never follows redirects by
 * itself (tests follow them step by step), and sends the app's cookies only to the app.
 */
final class Browser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String appBase;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(String appBase) {
        this.appBase = appBase;
    }

    HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(absolute(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, url);
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) {
        return send(HttpRequest.newBuilder(absolute(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")))), url);
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    static List<String> setCookieHeaders(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).toList();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location header; status " + response.statusCode()));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI absolute(String url) {
        return URI.create(url.startsWith("/") ? appBase + url : url);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String url) {
        boolean toApp = absolute(url).toString().startsWith(appBase);
        if (toApp && !cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (toApp) {
                remember(response);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            String[] nameValue = parts[0].split("=", 2);
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].trim().equalsIgnoreCase("Max-Age=0")) {
                    expired = true;
                }
            }
            if (expired || nameValue[1].isEmpty()) {
                cookies.remove(nameValue[0].trim());
            } else {
                cookies.put(nameValue[0].trim(), nameValue[1]);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
