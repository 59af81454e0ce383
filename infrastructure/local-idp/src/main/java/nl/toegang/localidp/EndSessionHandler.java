package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /logout}: this provider keeps no session of its own, so signing out only
 * means going back to the client, when its address is allowed.
 */
final class EndSessionHandler implements HttpHandler {

    private final ProviderContext context;

    EndSessionHandler(ProviderContext context) {
        this.context = context;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            Exchanges.methodNotAllowed(exchange, "GET");
            return;
        }
        FormData query = Exchanges.query(exchange);
        String target = query.getOrEmpty("post_logout_redirect_uri");
        if (context.postLogoutRedirectUris().allows(target)) {
            String location = query.get("state")
                    .map(state -> target + (target.contains("?") ? "&" : "?") + "state="
                            + URLEncoder.encode(state, StandardCharsets.UTF_8))
                    .orElse(target);
            Exchanges.redirect(exchange, location);
            return;
        }
        PageLanguage language = PageLanguage.fromUiLocales(query.getOrEmpty("ui_locales"));
        String body = "<h1>" + language.both("U bent uitgelogd", "You are signed out") + "</h1>\n"
                + "<p>" + language.both("U kunt dit venster sluiten.", "You can close this window.") + "</p>\n";
        Exchanges.sendHtml(exchange, 200, Html.page(language, language.inline("Uitgelogd", "Signed out"), body));
    }
}
