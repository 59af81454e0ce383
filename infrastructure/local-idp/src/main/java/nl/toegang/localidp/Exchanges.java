package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers to read requests and write responses on the JDK HTTP server. */
final class Exchanges {

    private static final int MAX_BODY_BYTES = 64 * 1024;

    private Exchanges() {
    }

    static FormData query(HttpExchange exchange) {
        return FormData.parse(exchange.getRequestURI().getRawQuery());
    }

    static FormData formBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES);
            return FormData.parse(new String(body, StandardCharsets.UTF_8));
        }
    }

    static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        // Token responses must never be cached (RFC 6749, section 5.1): SecurityHeaders sets no-store.
        send(exchange, status, "application/json; charset=utf-8", json);
    }

    static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        exchange.sendResponseHeaders(405, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
