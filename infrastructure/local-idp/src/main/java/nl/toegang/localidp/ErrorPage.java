package nl.toegang.localidp;

/** A plain page that says, in Dutch and English, why a sign-in request was refused. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(PageLanguage language, String dutch, String english) {
        String body = "<h1>" + language.both("Inloggen lukt niet", "Sign-in failed") + "</h1>\n"
                + "<p>" + language.both(dutch, english) + "</p>\n"
                + "<p>" + language.both(
                        "Ga terug naar de website en probeer het opnieuw.",
                        "Go back to the website and try again.") + "</p>\n";
        return Html.page(language, language.inline("Inloggen lukt niet", "Sign-in failed"), body);
    }
}
