package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code GET /jwks.json}: the public half of the signing key. */
final class JwksHandler implements HttpHandler {

    private final String jwks;

    JwksHandler(ProviderContext context) {
        this.jwks = context.tokens().publicJwksJson();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            Exchanges.methodNotAllowed(exchange, "GET");
            return;
        }
        Exchanges.sendJson(exchange, 200, jwks);
    }
}
