package nl.toegang.localidp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /.well-known/openid-configuration}: where the other endpoints are. */
final class DiscoveryHandler implements HttpHandler {

    private final ProviderContext context;
    private final String document;

    DiscoveryHandler(ProviderContext context) throws JsonProcessingException {
        this.context = context;
        this.document = context.json().writeValueAsString(metadata());
    }

    private Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", context.issuer());
        metadata.put("authorization_endpoint", context.endpoint(Paths.AUTHORIZE));
        metadata.put("token_endpoint", context.endpoint(Paths.TOKEN));
        metadata.put("jwks_uri", context.endpoint(Paths.JWKS));
        metadata.put("end_session_endpoint", context.endpoint(Paths.END_SESSION));
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("grant_types_supported", List.of("authorization_code", TokenHandler.PERSONA_GRANT));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "profile"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("claims_supported", List.of("iss", "aud", "sub", "name", "roles", "groups", "bsn", "iat", "exp", "nonce"));
        metadata.put("ui_locales_supported", List.of("nl", "en"));
        return metadata;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            Exchanges.methodNotAllowed(exchange, "GET");
            return;
        }
        Exchanges.sendJson(exchange, 200, document);
    }
}
