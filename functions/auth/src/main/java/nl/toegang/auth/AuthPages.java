package nl.toegang.auth;

/**
 * The few HTML pages this module shows itself: refused access, failed sign-in, provider down.
 * Dutch first, English below it; no JavaScript and no inline style (the pages' security policy
 * allows style only from the functions' own style sheet).
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
                <link rel="stylesheet" href="/static/toegang.css">
                </head>
                <body>
                <main class="wrap">
                <h1>%1$s <span lang="en">/ %2$s</span></h1>
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
