package org.designcoach.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.MutableClock;
import org.designcoach.security.AccountException;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A whole mock interview of the URL shortener in a real browser, on a server clock the test moves:
 * questions, worksheet, design, deep dive, trade-offs, a reload in the middle, and the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:practice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase",
        // The journeys move the clock by most of an hour; a sign-in idle for 30 minutes would end on the way.
        "designcoach.session.idle-timeout=2h"})
@Import(SessionTestClock.class)
class PracticeSessionIT extends BrowserTest {

    private static final String PASSPHRASE = "steady lantern orchard";

    @Autowired
    private AccountService accounts;

    @Autowired
    private MutableClock clock;

    @BeforeEach
    void aLearnerHasAnAccount() {
        try {
            accounts.register("noor", PASSPHRASE, PASSPHRASE);
        } catch (AccountException alreadyThere) {
            // registered by an earlier test of this class
        }
    }

    @Test
    void aLearnerRunsAWholeMockInterviewReloadsHalfwayAndReadsTheReport() {
        signedIn("noor", PASSPHRASE);
        page.navigate(url("/cases/url-shortener"));
        page.getByText("Practise this case").click();
        button("Start").click();
        assertThat(page.getByText("stage 1 of 5: Requirements", new Page.GetByTextOptions().setExact(false))).isVisible();

        // Stage 1: ask, type a question of our own, write requirements.
        // A mock interview lists no case questions, only areas to ask about: the learner types them.
        assertThat(page.getByText("Areas worth asking about:", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        // Each answer is read before the next question is typed, as a person does: the field is cleared when
        // the answer comes, and a question typed before that would be cleared with it.
        ask("How many short links are created every month?");
        assertThat(page.getByText("Interviewer: About 100 million new links a month.").first()).isVisible();
        ask("How often is a link opened compared with how often one is created?");
        ask("How long must links keep working?");
        assertThat(page.getByText("Interviewer: Five years.").first()).isVisible();
        field("Functional requirements (one per line)").fill("Shorten a long URL into a short link\n"
                + "Opening a short link redirects to the original URL");
        field("Non-functional requirements (one per line)").fill("Redirects within 100 ms at p99");
        saved();

        // Four minutes pass on the server; a reload finds everything where it was.
        clock.advance(Duration.ofMinutes(4));
        page.reload();
        assertThat(field("Non-functional requirements (one per line)")).hasValue("Redirects within 100 ms at p99");
        assertThat(page.getByText("Interviewer: About 100 million new links a month.")).isVisible();
        assertThat(stageClock()).hasAttribute("aria-label", Pattern.compile("Stage: (1:00|0:5\\d) left"));

        // Stage 2: the worksheet, prefilled from what was asked.
        button("Next stage").click();
        assertThat(field("New links per month")).hasValue("100M /month");
        field("Writes per second (average)").fill("40 /s");
        field("Redirects per second (average)").fill("400/s");
        field("Redirects per second at peak").fill("1.2k/s");
        field("Storage after five years").fill("3 TB");
        saved();
        clock.advance(Duration.ofMinutes(3));

        // Stage 3: a small design.
        button("Next stage").click();
        dragFromPalette("web-client", 80, 80);
        dragFromPalette("app-server", 80, 220);
        dragFromPalette("sql-database", 80, 360);
        connect("web-client", "app-server");
        connect("app-server", "sql-database");
        assertThat(page.locator("design-canvas g.arrow")).hasCount(2);
        clock.advance(Duration.ofMinutes(8));

        // Stage 4: two components in depth.
        button("Next stage").click();
        checkbox("Application server").check();
        checkbox("SQL database").check();
        page.getByLabel("The challenge").first().fill("Serving 1,200 redirects a second at peak");
        page.getByLabel("Option 1").first().fill("Scale out stateless servers");
        page.getByLabel("Option 2").first().fill("One bigger server");
        saved();

        // Stage 5: a decision and the cost.
        button("Next stage").click();
        page.getByLabel("Decision").first().fill("PostgreSQL as the store");
        page.getByLabel("Pro").first().fill("Simple and well known");
        page.getByLabel("Con").first().fill("Writes do not scale out");
        page.getByLabel("Accepted because").first().fill("40 writes a second fit one primary");
        field("What does it cost a month?").fill("About 2,000 USD");
        saved();

        button("Finish and see the report").click();
        assertThat(page.getByText(Pattern.compile("^Overall \\d+ / 100$"))).isVisible();
        assertThat(page.getByText("What each stage missed")).isVisible();
        assertThat(page.getByText("Common mistakes in this session")).isVisible();
        assertThat(page.getByText("Your estimates", new Page.GetByTextOptions().setExact(false)).or(
                page.getByText("Estimates", new Page.GetByTextOptions().setExact(true)))).isVisible();
        assertThat(page.locator("design-canvas[readonly]")).hasCount(2);

        page.reload();
        assertThat(page.getByText(Pattern.compile("^Overall \\d+ / 100$"))).isVisible();
        page.navigate(url("/cases/url-shortener"));
        assertThat(page.getByText("Reference architecture")).isVisible();
    }

    @Test
    void aMockInterviewWarnsAMinuteBeforeTheWholeSessionEnds() {
        signedIn("noor", PASSPHRASE);
        page.navigate(url("/practise/url-shortener"));
        button("Start").click();
        assertThat(page.getByText("stage 1 of 5: Requirements", new Page.GetByTextOptions().setExact(false))).isVisible();
        // The address changes just after the page does; a reload before that would open the start page again.
        page.waitForURL(java.util.regex.Pattern.compile(".*/sessions/\\d+$"));

        // Seventy seconds left of fifty minutes: the countdown crosses the last minute in ten seconds, or, on a
        // machine slow to load the page, opens inside it; either way the learner is warned once.
        clock.advance(Duration.ofMinutes(48).plusSeconds(50));
        page.reload();

        assertThat(page.getByText("One minute left in the whole session", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    private Locator checkbox(String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Waits until the last change has reached the server. */
    private void saved() {
        assertThat(page.getByText("All changes saved.")).isVisible();
    }

    private Locator stageClock() {
        return page.locator("session-clock[label='Stage'] [role=timer]");
    }

    private void connect(String from, String to) {
        page.locator("design-canvas .component[data-id='" + from + "']").focus();
        page.keyboard().press("c");
        page.locator("design-canvas .component[data-id='" + to + "']").focus();
        page.keyboard().press("Enter");
    }

    private void ask(String question) {
        field("Ask your own question").fill(question);
        field("Ask your own question").press("Enter");
        assertThat(page.getByText(question, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(field("Ask your own question")).hasValue("");
    }
}
