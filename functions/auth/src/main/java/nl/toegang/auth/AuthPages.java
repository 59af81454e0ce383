package nl.toegang.auth;

/**
 * The few HTML pages this module shows itself: refused access, failed sign-in, provider down.
 * Dutch first, English below it; no JavaScript.
 */
final class AuthPages {

    private AuthPages() {
    }

    static String forbidden() {
        return page("Geen toegang", "No access",
                paragraph("U bent ingelogd, maar u mag deze pagina niet zien.",
                        "You are signed in, but you may not see this page.")
                        + paragraph("Denkt u dat dit niet klopt? Neem contact op met de gemeente.",
                        "Do you think this is wrong? Please contact the municipality.")
                        + homeLink()
                        + signOutButton());
    }

    static String signInFailed(String dutchReason, String englishReason) {
        return page("Inloggen is niet gelukt", "Sign-in failed",
                paragraph(dutchReason, englishReason)
                        + "<p><a href=\"/auth/login\">Opnieuw inloggen <span lang=\"en\">/ Sign in again</span></a></p>\n"
                        + homeLink());
    }

    static String providerUnavailable() {
        return page("Inloggen kan nu niet", "Sign-in is not possible right now",
                paragraph("Wij kunnen uw inlog nu niet controleren. Probeer het over een paar minuten opnieuw.",
                        "We cannot check your sign-in right now. Please try again in a few minutes.")
                        + homeLink());
    }

    private static String paragraph(String dutch, String english) {
        return "<p>" + escape(dutch) + "</p>\n<p lang=\"en\">" + escape(english) + "</p>\n";
    }

    private static String homeLink() {
        return "<p><a href=\"/\">Naar de startpagina <span lang=\"en\">/ To the home page</span></a></p>\n";
    }

    private static String signOutButton() {
        return "<form method=\"post\" action=\"/auth/logout\">"
                + "<button type=\"submit\">Uitloggen <span lang=\"en\">/ Sign out</span></button></form>\n";
    }

    private static String page(String dutchTitle, String englishTitle, String body) {
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s / %2$s</title>
                <style>
                body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; margin: 0; color: #1a1a1a; }
                main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem; }
                h1 span { display: block; font-weight: normal; color: #404040; }
                a { color: #154273; }
                button { font: inherit; min-height: 3rem; padding: 0.5rem 1.25rem; color: #154273;
                         background: #fff; border: 2px solid #154273; border-radius: 6px; cursor: pointer; }
                a:focus-visible, button:focus-visible { outline: 4px solid #ffbf47; outline-offset: 2px; }
                </style>
                </head>
                <body>
                <main>
                <h1>%1$s <span lang="en">%2$s</span></h1>
                %3$s</main>
                </body>
                </html>
                """.formatted(escape(dutchTitle), escape(englishTitle), body);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
