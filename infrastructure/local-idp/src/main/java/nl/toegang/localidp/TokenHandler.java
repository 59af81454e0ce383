package nl.toegang.localidp;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /token}: trades a one-time code for a signed token. Also accepts the
 * local-only grant {@value #PERSONA_GRANT}, which skips the browser for curl and tests.
 */
final class TokenHandler implements HttpHandler {

    static final String PERSONA_GRANT = "urn:toegang:persona";

    private final ProviderContext context;
    private final ClientAuthentication clients;

    TokenHandler(ProviderContext context) {
        this.context = context;
        this.clients = new ClientAuthentication(context.settings().clientId(), context.settings().clientSecret());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            Exchanges.methodNotAllowed(exchange, "POST");
            return;
        }
        FormData form = Exchanges.formBody(exchange);
        Optional<String> client = clients.authenticate(exchange, form);
        if (client.isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"toegang-local-idp\"");
            error(exchange, 401, "invalid_client", "unknown client or wrong client secret");
            return;
        }
        switch (form.getOrEmpty("grant_type")) {
            case "authorization_code" -> redeemCode(exchange, form, client.get());
            case PERSONA_GRANT -> issueForPersona(exchange, form);
            default -> error(exchange, 400, "unsupported_grant_type",
                    "use authorization_code or " + PERSONA_GRANT);
        }
    }

    private void redeemCode(HttpExchange exchange, FormData form, String clientId) throws IOException {
        Optional<AuthorizationCodes.Grant> grant = context.codes().redeem(form.getOrEmpty("code"));
        if (grant.isEmpty()) {
            error(exchange, 400, "invalid_grant", "the code is unknown, expired or already used");
            return;
        }
        boolean sameClient = grant.get().clientId().equals(clientId);
        boolean sameRedirect = grant.get().redirectUri().equals(form.getOrEmpty("redirect_uri"));
        if (!sameClient || !sameRedirect) {
            error(exchange, 400, "invalid_grant", "the code was issued to another client or redirect_uri");
            return;
        }
        JWTClaimsSet.Builder claims = context.tokens().claimsFor(context.personas().get(grant.get().personaId()));
        grant.get().nonce().ifPresent(nonce -> claims.claim("nonce", nonce));
        sendTokens(exchange, context.tokens().sign(claims.build()));
    }

    private void issueForPersona(HttpExchange exchange, FormData form) throws IOException {
        Optional<Persona> persona = context.personas().find(form.getOrEmpty("persona"));
        if (persona.isEmpty()) {
            error(exchange, 400, "invalid_request", "unknown persona");
            return;
        }
        sendTokens(exchange, context.tokens().sign(context.tokens().claimsFor(persona.get()).build()));
    }

    private void sendTokens(HttpExchange exchange, String jwt) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id_token", jwt);
        // The same token twice: the Toegang functions read one kind of token, whatever the route.
        body.put("access_token", jwt);
        body.put("token_type", "Bearer");
        body.put("expires_in", context.tokens().lifetimeSeconds());
        Exchanges.sendJson(exchange, 200, context.json().writeValueAsString(body));
    }

    private void error(HttpExchange exchange, int status, String code, String description) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_description", description);
        Exchanges.sendJson(exchange, status, context.json().writeValueAsString(body));
    }
}
