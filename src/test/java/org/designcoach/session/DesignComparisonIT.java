package org.designcoach.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A learner at 1,280 × 800 draws a design in a guided session, arranges it and opens the reference beside it, then
 * reads the same comparison in the report: each drawing is wide and never shrunk below a readable zoom, and the
 * marks say what is in both, only in theirs and only in the reference, by what the parts do, not what they are called.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:comparison;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class DesignComparisonIT extends BrowserTest {

    private static final String PASSPHRASE = "copper kettle meadow";
    /** The least width of each drawing on a 1,280-pixel screen: three quarters of it, as the issue asks of the canvas. */
    private static final double WIDE = 960;
    private static final int READABLE_PERCENT = 60;

    @Autowired
    private AccountService accounts;

    @Test
    void theGuidedDesignStageAndTheReportShowTheDesignBesideTheReferenceReadableAndMarkedByWhatEachPartDoes() {
        accounts.register("ines", PASSPHRASE, PASSPHRASE);
        signedIn("ines", PASSPHRASE);
        page.navigate(url("/practise/url-shortener"));
        page.getByText("Guided:", new Page.GetByTextOptions().setExact(false)).click();
        button("Start").click();
        button("3. High-level design").click();

        dragFromPalette("web-client", 80, 80);
        assertThat(canvasComponent("web-client")).isVisible();
        dragFromPalette("cache", 300, 80);
        assertThat(canvasComponent("cache")).isVisible();
        dragFromPalette("sql-database", 300, 240);
        assertThat(canvasComponent("sql-database")).isVisible();
        dragFromPalette("search-engine", 80, 240);
        assertThat(canvasComponent("search-engine")).isVisible();
        button("Arrange").click();
        assertThat(page.locator("design-canvas .sr-only").first()).containsText("Components arranged");
        assertThat(page.getByText(SessionView.ALL_SAVED)).isVisible();

        page.getByText("The reference beside your design", new Page.GetByTextOptions().setExact(false)).click();

        Locator learner = page.locator("design-canvas.comparison-learner");
        Locator reference = page.locator("design-canvas.comparison-reference");
        marksNameTheRightParts(learner, reference);
        learner.scrollIntoViewIfNeeded();
        screenshot("comparison-guided-yours");
        readableAndWide(learner, "the learner's drawing in the guided stage");
        reference.scrollIntoViewIfNeeded();
        screenshot("comparison-guided-reference");
        readableAndWide(reference, "the reference in the guided stage");

        button("5. Bottlenecks and trade-offs").click();
        button("Finish and see the report").click();
        assertThat(page.getByText(Pattern.compile("^Overall \\d+ / 100$"))).isVisible();
        marksNameTheRightParts(learner, reference);
        reference.scrollIntoViewIfNeeded();
        screenshot("comparison-report");
        readableAndWide(learner, "the learner's drawing in the report");
        readableAndWide(reference, "the reference in the report");
    }

    @Test
    void theClocksStayInSightAtTheEndOfEveryStage() {
        accounts.register("omar", PASSPHRASE, PASSPHRASE);
        signedIn("omar", PASSPHRASE);
        page.navigate(url("/practise/url-shortener"));
        page.getByText("Guided:", new Page.GetByTextOptions().setExact(false)).click();
        button("Start").click();
        Locator stageClock = page.locator("session-clock[label='Stage'] [role=timer]");
        Locator sessionClock = page.locator("session-clock[label='Session'] [role=timer]");
        String[] stages = {"1. Requirements", "2. Estimation", "3. High-level design", "4. Deep dive",
                "5. Bottlenecks and trade-offs"};
        double scrolledMost = 0;
        for (String stage : stages) {
            button(stage).click();
            assertThat(page.getByText("stage " + stage.charAt(0) + " of 5", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            Locator last = button(stage.startsWith("5") ? "Finish and see the report" : "Next stage");
            double before = last.boundingBox().y;
            last.scrollIntoViewIfNeeded();
            scrolledMost = Math.max(scrolledMost, before - last.boundingBox().y);
            inSight(stageClock, stage + ": the stage clock");
            inSight(sessionClock, stage + ": the session clock");
        }
        screenshot("clocks-at-the-end-of-the-last-stage");
        assertThat(scrolledMost).as("some stage is long enough to scroll").isGreaterThan(400);
    }

    private static void inSight(Locator clock, String what) {
        assertThat(clock).isVisible();
        var box = clock.boundingBox();
        assertThat(box.y).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as(what + " bottom").isLessThanOrEqualTo(800);
    }

    private void marksNameTheRightParts(Locator learner, Locator reference) {
        assertThat(mark(learner, "web-client")).hasText("in both");
        assertThat(mark(learner, "web-client")).hasAttribute("title", "in both · client");
        assertThat(mark(learner, "cache")).hasAttribute("title", "in both · cache");
        assertThat(mark(learner, "sql-database")).hasAttribute("title", "in both · relational store");
        assertThat(mark(learner, "search-engine")).hasText("only yours");
        assertThat(mark(learner, "search-engine")).hasAttribute("title", "only yours · search");
        assertThat(learner.locator(".component[data-id='search-engine']")).hasClass(Pattern.compile("mark-only"));
        assertThat(learner.locator(".component[data-id='cache']")).hasClass(Pattern.compile("mark-both"));
        // The reference's parts under its own names: "Redis (code → URL…)" is the learner's cache's partner.
        assertThat(mark(reference, "cache")).hasText("in both");
        assertThat(mark(reference, "cache")).hasAttribute("title", "in both · cache");
        assertThat(mark(reference, "db")).hasAttribute("title", "in both · relational store");
        assertThat(mark(reference, "cdn")).hasText("only in the reference");
        assertThat(mark(reference, "cdn")).hasAttribute("title", "only in the reference · edge cache");
        assertThat(mark(reference, "lb")).hasAttribute("title", "only in the reference · load balancing");
        assertThat(reference.locator(".component[data-id='cache']"))
                .hasAttribute("aria-label", Pattern.compile("in both · cache"));
        // The same in words, for screen readers and keyboards.
        assertThat(page.locator(".design-comparison-only-learner li")).hasText(new String[] {"Search: Search engine"});
        assertThat(page.locator(".design-comparison-only-reference")).containsText("Edge cache: CDN (caches popular redirects)");
        assertThat(page.locator(".design-comparison-both")).containsText(
                "Cache: yours Cache; the reference's Redis (code → URL, TTL 24 h); only the reference's: zone replication");
    }

    private static Locator mark(Locator canvas, String id) {
        return canvas.locator(".component[data-id='" + id + "'] .mark");
    }

    private static void readableAndWide(Locator canvas, String what) {
        double width = canvas.locator(".viewport").boundingBox().width;
        String zoom = canvas.locator(".zoom").textContent().replace("%", "").strip();
        System.out.println(what + ": " + Math.round(width) + " px wide at " + zoom + " %");
        assertThat(width).as(what + " width").isGreaterThanOrEqualTo(WIDE);
        assertThat(Integer.parseInt(zoom)).as(what + " zoom").isGreaterThanOrEqualTo(READABLE_PERCENT);
    }

    /** A picture for a person to look at, under target/screenshots; nothing checks it. */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
