package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code GET /authorize} shows the persona page; {@code POST /authorize} (a persona button)
 * sends the browser back to the client with a one-time code.
 */
final class AuthorizeHandler implements HttpHandler {

    private final ProviderContext context;

    AuthorizeHandler(ProviderContext context) {
        this.context = context;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> showPersonas(exchange, Exchanges.query(exchange));
            case "POST" -> signIn(exchange, Exchanges.formBody(exchange));
            default -> Exchanges.methodNotAllowed(exchange, "GET, POST");
        }
    }

    private void showPersonas(HttpExchange exchange, FormData query) throws IOException {
        PageLanguage language = PageLanguage.fromUiLocales(query.getOrEmpty("ui_locales"));
        if (refusedClient(exchange, language, query)) {
            return;
        }
        if (!query.getOrEmpty("response_type").equals("code")) {
            refuse(exchange, language,
                    "De website vraagt een manier van inloggen die wij niet kennen (response_type).",
                    "The website asks for a sign-in method we do not support (response_type).");
            return;
        }
        boolean asksOpenId = Arrays.asList(query.getOrEmpty("scope").split(" ")).contains("openid");
        if (!asksOpenId) {
            refuse(exchange, language,
                    "De website vraagt niet om inloggen met OpenID (scope openid ontbreekt).",
                    "The website does not ask for OpenID sign-in (scope openid is missing).");
            return;
        }
        LoginPage.Request request = new LoginPage.Request(
                query.getOrEmpty("client_id"),
                query.getOrEmpty("redirect_uri"),
                query.getOrEmpty("state"),
                query.get("nonce"),
                query.getOrEmpty("ui_locales"));
        Exchanges.sendHtml(exchange, 200, LoginPage.render(request, context.personas().all()));
    }

    private void signIn(HttpExchange exchange, FormData form) throws IOException {
        PageLanguage language = PageLanguage.fromUiLocales(form.getOrEmpty("ui_locales"));
        if (refusedClient(exchange, language, form)) {
            return;
        }
        Optional<Persona> persona = context.personas().find(form.getOrEmpty("persona"));
        if (persona.isEmpty()) {
            refuse(exchange, language,
                    "Deze persoon kennen wij niet.",
                    "We do not know this person.");
            return;
        }
        String redirectUri = form.getOrEmpty("redirect_uri");
        String code = context.codes().issue(persona.get().id(), form.getOrEmpty("client_id"), redirectUri, form.get("nonce"));
        StringBuilder location = new StringBuilder(redirectUri)
                .append(redirectUri.contains("?") ? '&' : '?')
                .append("code=").append(encode(code));
        form.get("state").ifPresent(state -> location.append("&state=").append(encode(state)));
        Exchanges.redirect(exchange, location.toString());
    }

    /** Never redirects on these errors: the redirect_uri itself cannot be trusted yet. */
    private boolean refusedClient(HttpExchange exchange, PageLanguage language, FormData params) throws IOException {
        if (!context.settings().clientId().equals(params.getOrEmpty("client_id"))) {
            refuse(exchange, language,
                    "Wij kennen de website niet die u hierheen stuurde (client_id).",
                    "We do not know the website that sent you here (client_id).");
            return true;
        }
        if (!context.redirectUris().allows(params.getOrEmpty("redirect_uri"))) {
            refuse(exchange, language,
                    "Wij mogen u niet terugsturen naar dit adres (redirect_uri).",
                    "We may not send you back to this address (redirect_uri).");
            return true;
        }
        return false;
    }

    private static void refuse(HttpExchange exchange, PageLanguage language, String dutch, String english)
            throws IOException {
        Exchanges.sendHtml(exchange, 400, ErrorPage.render(language, dutch, english));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
