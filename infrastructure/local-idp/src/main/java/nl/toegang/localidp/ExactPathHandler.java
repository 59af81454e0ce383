package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JDK server routes by path prefix; this wrapper answers 404 for anything but the exact
 * path, and 500 instead of a dropped connection when a handler fails. Every answer, errors
 * included, gets the {@link SecurityHeaders}.
 */
final class ExactPathHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ExactPathHandler.class.getName());

    private final String path;
    private final HttpHandler delegate;
    private final SecurityHeaders securityHeaders;

    ExactPathHandler(String path, HttpHandler delegate, SecurityHeaders securityHeaders) {
        this.path = path;
        this.delegate = delegate;
        this.securityHeaders = securityHeaders;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            securityHeaders.apply(exchange.getResponseHeaders());
            if (!path.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            delegate.handle(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Request to " + path + " failed", e);
            try {
                exchange.sendResponseHeaders(500, -1);
            } catch (IOException | RuntimeException ignored) {
                // The response had already started; closing the exchange is all that is left.
            }
        } finally {
            exchange.close();
        }
    }
}
