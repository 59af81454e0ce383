package nl.toegang.localidp;

import java.util.List;
import java.util.Optional;

/** The page where a tester picks the persona to sign in as. One form, one button per persona. */
final class LoginPage {

    /** The authorization request, carried through the form as hidden fields. */
    record Request(String clientId, String redirectUri, String state, Optional<String> nonce, String uiLocales) {
    }

    private LoginPage() {
    }

    static String render(Request request, List<Persona> personas) {
        PageLanguage language = PageLanguage.fromUiLocales(request.uiLocales());
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(language.both("Inloggen", "Sign in")).append("</h1>\n");
        body.append("<p class=\"notice\">")
                .append(language.both(
                        "Dit is een testomgeving. Wat u hier invult, wordt niet bewaard. "
                                + "U logt in als een verzonnen persoon. Kies hieronder wie u bent.",
                        "This is a test environment. What you enter here is not kept. "
                                + "You sign in as a made-up person. Choose who you are below."))
                .append("</p>\n");
        body.append("<form method=\"post\" action=\"/authorize\">\n");
        hidden(body, "client_id", request.clientId());
        hidden(body, "redirect_uri", request.redirectUri());
        hidden(body, "state", request.state());
        request.nonce().ifPresent(nonce -> hidden(body, "nonce", nonce));
        hidden(body, "ui_locales", request.uiLocales());
        for (PersonaCategory category : PersonaCategory.values()) {
            List<Persona> inCategory = personas.stream().filter(p -> p.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            body.append("<fieldset>\n<legend>")
                    .append(Html.escape(language.inline(category.dutchLabel(), category.englishLabel())))
                    .append("</legend>\n");
            inCategory.forEach(persona -> button(body, language, persona));
            body.append("</fieldset>\n");
        }
        body.append("</form>\n");
        return Html.page(language, language.inline("Inloggen (test)", "Sign in (test)"), body.toString());
    }

    private static void hidden(StringBuilder body, String name, String value) {
        body.append("<input type=\"hidden\" name=\"").append(name)
                .append("\" value=\"").append(Html.escape(value == null ? "" : value)).append("\">\n");
    }

    private static void button(StringBuilder body, PageLanguage language, Persona persona) {
        String first = language == PageLanguage.DUTCH ? persona.aboutNl() : persona.aboutEn();
        String second = language == PageLanguage.DUTCH ? persona.aboutEn() : persona.aboutNl();
        String secondCode = language == PageLanguage.DUTCH ? "en" : "nl";
        body.append("<button type=\"submit\" name=\"persona\" value=\"").append(Html.escape(persona.id())).append("\">")
                .append("<span class=\"name\">").append(Html.escape(persona.name())).append("</span>")
                .append("<span class=\"about\">").append(Html.escape(first)).append("</span>")
                .append("<span class=\"about\" lang=\"").append(secondCode).append("\">")
                .append(Html.escape(second)).append("</span>")
                .append("</button>\n");
    }
}
