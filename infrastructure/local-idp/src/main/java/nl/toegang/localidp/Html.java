package nl.toegang.localidp;

/** Escaping and the shared page frame for the provider's HTML pages. */
final class Html {

    static final String STYLE = """
            body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5;
                   color: #1a1a1a; background: #ffffff; margin: 0; }
            main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.75rem; margin: 0 0 1rem; }
            .secondary { display: block; font-weight: normal; color: #404040; }
            .notice { border-left: 6px solid #154273; background: #eef3f8; padding: 0.75rem 1rem; }
            fieldset { border: 0; margin: 1.5rem 0 0; padding: 0; }
            legend { font-size: 1.375rem; font-weight: bold; margin-bottom: 0.5rem; }
            button { display: block; width: 100%; min-height: 3.5rem; margin: 0 0 0.75rem;
                     padding: 0.75rem 1rem; font: inherit; text-align: left; cursor: pointer;
                     color: #154273; background: #ffffff; border: 2px solid #154273; border-radius: 6px; }
            button:hover { background: #eef3f8; }
            button:focus-visible { outline: 4px solid #ffbf47; outline-offset: 2px; }
            .name { display: block; font-size: 1.25rem; font-weight: bold; }
            .about { display: block; color: #1a1a1a; }
            """;

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String page(PageLanguage language, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(language.code(), escape(title), Paths.STYLESHEET, body);
    }
}
