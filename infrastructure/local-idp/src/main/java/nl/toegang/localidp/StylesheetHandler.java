package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code GET /style.css}: the pages' style as a file, so their policy can forbid inline style. */
final class StylesheetHandler implements HttpHandler {

    private final byte[] css = Html.STYLE.getBytes(StandardCharsets.UTF_8);

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            Exchanges.methodNotAllowed(exchange, "GET");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/css; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
        exchange.sendResponseHeaders(200, css.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(css);
        }
    }
}
