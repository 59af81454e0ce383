package nl.toegang.local;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Dimension;

/**
 * Runs axe-core on the page at desktop and at phone width and keeps what it finds, so that one
 * test visits all its pages and then reports every page's violations together.
 */
final class AxeAtBothWidths {

    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(375, 812);

    private final HeadlessChromium browser;
    private final List<String> violations = new ArrayList<>();

    AxeAtBothWidths(HeadlessChromium browser) {
        this.browser = browser;
    }

    /** Checks the page as it is now; the window gets its size back afterwards. */
    void check(String pageName) {
        Dimension before = browser.driver.manage().window().getSize();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.driver.manage().window().setSize(size);
            try {
                Accessibility.assertNoViolations(browser.driver, pageName);
            } catch (AssertionError found) {
                violations.add(found.getMessage());
            }
        }
        browser.driver.manage().window().setSize(before);
    }

    void assertNoPageHadViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError(String.join("\n\n", violations));
        }
    }
}
