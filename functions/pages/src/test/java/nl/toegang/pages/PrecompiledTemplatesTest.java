package nl.toegang.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates are Java classes from the build, and they escape what people typed by context. */
class PrecompiledTemplatesTest {

    static final MunicipalityView VOORBEELD = new MunicipalityView("Gemeente Voorbeeld", "/static/logo", "14 0123",
            "tel:140123", java.util.List.of("Voorbeeldplein 1", "1234 AB Voorbeeld"));

    @Test
    void everyPageNamesTheMunicipalityAndHowToReachIt() {
        MunicipalityView hostile = new MunicipalityView("Gemeente <i>Oost</i>", "/static/logo", "14 0123", "tel:140123",
                java.util.List.of("Markt 1 <b>", "9999 ZZ Oost"));
        String html = render("resident/home.jte", Map.of("frame",
                new Frame(TEXTS, "nl", "Home", "/", false, null, false, false, false, hostile)));

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/static/nlds.css\">")
                .contains("<link rel=\"stylesheet\" href=\"/static/theme.css\">")
                .contains("src=\"/static/logo\"")
                .contains("Gemeente &lt;i&gt;Oost&lt;/i&gt;").doesNotContain("<i>Oost")
                .contains("href=\"tel:140123\">14 0123</a>")
                .contains("Markt 1 &lt;b&gt;").contains("9999 ZZ Oost");
        assertThat(html.indexOf("nlds.css")).isLessThan(html.indexOf("theme.css"));
    }


    /** Only precompiled classes: an engine that cannot compile proves nothing is compiled at run time. */
    static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    static final PageTexts TEXTS = (key, args) -> args.length == 0 ? "[" + key + "]" : "[" + key + ":" + args[0] + "]";

    static final java.util.List<LanguageChoice> LANGUAGES = java.util.List.of(new LanguageChoice("nl", "Nederlands"),
            new LanguageChoice("en", "English"), new LanguageChoice("pl", "Polski"), new LanguageChoice("uk", "Українська"));

    /** The same frame with the four languages of the switch. */
    static Frame offering(Frame f) {
        return new Frame(f.t(), f.lang(), f.title(), f.path(), f.testEnvironment(), f.userName(), f.resident(),
                f.caseworker(), f.admin(), f.municipality(), f.query(), f.refused(), LANGUAGES);
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }

    @Test
    void everyPageTemplateIsCompiledIntoTheJar() {
        for (String name : new String[] {"layout.page", "errors.problem", "resident.home", "resident.case",
                "resident.form", "caseworker.inbox", "caseworker.task", "admin.overview", "auth.forbidden"}) {
            int dot = name.indexOf('.');
            String className = "gg.jte.generated.precompiled." + name.substring(0, dot) + ".Jte" + name.substring(dot + 1)
                    + "Generated";
            assertThatCode(() -> Class.forName(className)).as(className).doesNotThrowAnyException();
        }
    }

    @Test
    void theLayoutEscapesNamesAndPathsForTheirPlaceInThePage() {
        Frame frame = offering(new Frame(TEXTS, "nl", "Titel <b>vet</b>", "/pad\"><script>alert(1)</script>", true,
                "Jan <script>alert('x')</script>", true, false, false, VOORBEELD));
        String html = render("errors/problem.jte", Map.of("frame", frame, "detail", "<img src=x onerror=alert(1)>"));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x").doesNotContain("<b>vet")
                .contains("<h1 class=\"utrecht-heading-1\">Titel &lt;b&gt;vet&lt;/b&gt;</h1>")
                .contains("href=\"/pad&#34;>&lt;script>alert(1)&lt;/script>?lang=en\"")
                .contains("[nav.logout:Jan &lt;script&gt;alert('x')&lt;/script&gt;]")
                .contains("<p class=\"detail utrecht-paragraph\">&lt;img src=x onerror=alert(1)&gt;</p>")
                .contains("[page.testNotice]")
                .contains("<a class=\"utrecht-nav-list__link\" href=\"/mijn-aanvragen\">[nav.myRequests]</a>")
                .doesNotContain("href=\"/werk\"");
    }

    @Test
    void theTestNoticeAndTheLoginLinkDependOnTheRequest() {
        Frame anonymous = offering(new Frame(TEXTS, "en", "Home", "/", false, null, false, false, false, VOORBEELD));
        String html = render("resident/home.jte", Map.of("frame", anonymous));

        assertThat(html).contains("<html lang=\"en\" class=\"utrecht-html\">")
                .doesNotContain("[page.testNotice]")
                .contains("href=\"/auth/login?return=/\"")
                .contains("href=\"/?lang=nl\" lang=\"nl\"");
    }

    @Test
    void theErrorSummaryLinksEveryMessageToItsField() {
        var summary = new nl.toegang.pages.components.ErrorSummary("Er is een probleem", java.util.List.of(
                new nl.toegang.pages.components.ErrorSummary.Link("#field-bsn", "Dit BSN klopt niet <script>"),
                new nl.toegang.pages.components.ErrorSummary.Link("#field-spoed", "Kies een antwoord")));

        String html = render("components/errorSummary.jte", Map.of("summary", summary));

        assertThat(html).contains("role=\"alert\"").contains(">Er is een probleem</h2>")
                .contains("tabindex=\"-1\" autofocus>")
                .contains("<a class=\"utrecht-link\" href=\"#field-bsn\">Dit BSN klopt niet &lt;script&gt;</a>")
                .contains("href=\"#field-spoed\"");
        assertThat(render("components/errorSummary.jte", new java.util.HashMap<>(java.util.Collections.singletonMap("summary", null))))
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void theLanguageLinkKeepsTheQuerySoTheReceiptStaysTheReceipt() {
        Frame receipt = offering(new Frame(TEXTS, "nl", "Uw melding", "/mijn-aanvragen/WMO-1", false, "Jan", true, false, false,
                VOORBEELD, "ontvangen=1"));
        String html = render("resident/home.jte", Map.of("frame", receipt));

        assertThat(html).contains("href=\"/mijn-aanvragen/WMO-1?ontvangen=1&amp;lang=en\" lang=\"en\"");
    }

    @Test
    void onAFormPageTheLanguageSwitchPostsTheFormWithoutCheckingIt() {
        Frame frame = offering(new Frame(TEXTS, "nl", "Melding", "/formulieren/wmo-melding", false, "Jan", true, false, false, VOORBEELD));
        var form = new nl.toegang.pages.resident.FormPage("Intro", "/formulieren/wmo-melding", "_idempotencyKey", "k-1", null,
                java.util.List.of());
        String html = render("resident/form.jte", Map.of("frame", frame, "form", form));

        assertThat(html).contains("<form id=\"answers\" method=\"post\" action=\"/formulieren/wmo-melding\" novalidate>")
                .contains("<button type=\"submit\" form=\"answers\" formaction=\"/formulieren/wmo-melding?lang=en\""
                        + " formnovalidate name=\"_language\" value=\"en\" lang=\"en\"")
                .doesNotContain("href=\"/formulieren/wmo-melding?lang=en\"");
    }

    @Test
    void aPageWithRefusedInputSaysSoInTheWindowTitleButNotInItsHeading() {
        Frame refused = new Frame(TEXTS, "nl", "Melding", "/formulieren/wmo-melding", false, "Jan", true, false, false,
                VOORBEELD, "", true);
        Frame fine = new Frame(TEXTS, "nl", "Melding", "/formulieren/wmo-melding", false, "Jan", true, false, false, VOORBEELD);

        assertThat(render("resident/home.jte", Map.of("frame", refused)))
                .contains("<title>[error.422]: Melding - [app.name]</title>")
                .contains("<h1 class=\"utrecht-heading-1\">Melding</h1>");
        assertThat(render("resident/home.jte", Map.of("frame", fine))).contains("<title>Melding - [app.name]</title>");
    }

    @Test
    void theSwitchListsEveryOfferedLanguageInItselfAndMarksTheCurrentOne() {
        Frame polish = offering(new Frame(TEXTS, "pl", "Start", "/", false, null, false, false, false, VOORBEELD, "x=1"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(render("resident/home.jte", Map.of("frame", polish)));

        var list = page.selectFirst("header ul.language-switch__list");
        assertThat(list).isNotNull();
        assertThat(page.getElementById(list.attr("aria-labelledby")).text()).isEqualTo("[nav.languages]");
        assertThat(list.select("li")).hasSize(4);
        var current = list.select("[aria-current]");
        assertThat(current).hasSize(1);
        assertThat(current.first().text()).isEqualTo("Polski");
        assertThat(current.first().tagName()).isNotEqualTo("a");
        assertThat(list.select("a")).extracting(a -> a.attr("lang") + " " + a.attr("hreflang") + " " + a.attr("href") + " " + a.text())
                .containsExactly("nl nl /?x=1&lang=nl Nederlands", "en en /?x=1&lang=en English",
                        "uk uk /?x=1&lang=uk Українська");
    }

    @Test
    void onAFormPageEveryOtherLanguageIsAButtonThatPostsTheForm() {
        Frame frame = offering(new Frame(TEXTS, "uk", "Melding", "/formulieren/wmo-melding", false, "Jan", true, false, false, VOORBEELD));
        var form = new nl.toegang.pages.resident.FormPage("Intro", "/formulieren/wmo-melding", "_idempotencyKey", "k-1", null,
                java.util.List.of());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(render("resident/form.jte", Map.of("frame", frame, "form", form)));

        assertThat(page.select("header ul.language-switch__list button[name=_language]"))
                .extracting(b -> b.attr("value") + " " + b.attr("lang") + " " + b.attr("formaction") + " " + b.attr("form") + " " + b.text())
                .containsExactly("nl nl /formulieren/wmo-melding?lang=nl answers Nederlands",
                        "en en /formulieren/wmo-melding?lang=en answers English",
                        "pl pl /formulieren/wmo-melding?lang=pl answers Polski");
        assertThat(page.select("header ul.language-switch__list a")).isEmpty();
        assertThat(page.select("header [aria-current]").text()).isEqualTo("Українська");
    }
}
