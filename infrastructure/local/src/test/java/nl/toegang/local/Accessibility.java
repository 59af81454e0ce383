package nl.toegang.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from npm, see src/test/npm) in the page the browser shows, for the WCAG 2.1 A and
 * AA rules, and fails with a readable list of what it finds. Our pages forbid every script with
 * their Content-Security-Policy; WebDriver's scripts are evaluated through DevTools, which that
 * policy does not cover, so axe runs in the page as it is served.
 */
final class Accessibility {

    static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE_ON_CLASSPATH = "/axe-core/axe.min.js";

    private static String axeSource;

    private Accessibility() {}

    /** What axe found wrong on one element. */
    record Node(String target, String summary) {}

    /** One axe rule that the page breaks, with every element that breaks it. */
    record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {}

    static void assertNoViolations(WebDriver driver, String pageName) {
        List<Violation> found = violations(driver);
        if (!found.isEmpty()) {
            throw new AssertionError(describe(driver, pageName, found));
        }
    }

    /** The WCAG 2.1 A/AA violations axe finds in the current page. */
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axe());
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(result => done(JSON.stringify({violations: result.violations})))
                    .catch(error => done(JSON.stringify({error: String(error && error.stack || error)})));
                """, WCAG_21_A_AA);
        JsonNode result = parse(String.valueOf(answer));
        if (result.hasNonNull("error")) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + result.get("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : result.get("violations")) {
            List<Node> nodes = new ArrayList<>();
            for (JsonNode n : v.get("nodes")) {
                List<String> selectors = new ArrayList<>();
                n.get("target").forEach(t -> selectors.add(t.isTextual() ? t.asText() : t.toString()));
                nodes.add(new Node(String.join(" >> ", selectors), n.path("failureSummary").asText("")));
            }
            violations.add(new Violation(v.get("id").asText(), v.path("impact").asText("unknown"), v.get("help").asText(),
                    v.path("helpUrl").asText(""), nodes));
        }
        reflow(js).ifPresent(violations::add);
        return violations;
    }

    /**
     * WCAG 1.4.10 (Reflow), which axe cannot see: at any width down to 320 px the page must fit the
     * window, so nobody on a phone has to scroll sideways to read a line.
     */
    private static java.util.Optional<Violation> reflow(JavascriptExecutor js) {
        Object wider = js.executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) { return null; }
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1
                        || e.parentElement === document.body)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                        + ' ends at ' + Math.round(e.getBoundingClientRect().right) + ' px of ' + width);
                """);
        if (!(wider instanceof List<?> elements)) {
            return java.util.Optional.empty();
        }
        List<Node> nodes = elements.stream().map(e -> new Node(String.valueOf(e), "")).toList();
        return java.util.Optional.of(new Violation("reflow", "serious",
                "Content must fit the window without scrolling sideways (WCAG 1.4.10)",
                "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html", nodes));
    }

    static String describe(WebDriver driver, String pageName, List<Violation> violations) {
        Dimension window = driver.manage().window().getSize();
        StringBuilder text = new StringBuilder()
                .append(pageName).append(" (").append(driver.getCurrentUrl()).append(", window ")
                .append(window.getWidth()).append('x').append(window.getHeight()).append(") has ")
                .append(violations.size()).append(" accessibility violation(s):");
        for (Violation v : violations) {
            text.append("\n- ").append(v.rule()).append(" (").append(v.impact()).append("): ").append(v.help())
                    .append("\n  ").append(v.helpUrl());
            for (Node n : v.nodes()) {
                text.append("\n  * ").append(n.target());
                n.summary().lines().map(String::strip).filter(line -> !line.isEmpty())
                        .forEach(line -> text.append("\n      ").append(line));
            }
        }
        return text.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe-core gave an answer that is not JSON: " + json, e);
        }
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE_ON_CLASSPATH)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_ON_CLASSPATH + " is not on the test classpath. Maven's npm-ci step"
                            + " (infrastructure/local/pom.xml) puts it there; run the tests with ./toegang test or mvn.");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
