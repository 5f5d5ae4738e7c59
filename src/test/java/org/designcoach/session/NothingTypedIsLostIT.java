package org.designcoach.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.DesignCoachApplication;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything a learner types in the five stages survives reloads, moves between the stages and a
 * restart of the server; a second tab on the same session is stopped by a message that stays in
 * view and hands back what was typed there. The test starts the application itself, twice, on one
 * H2 file in a temporary folder, so that the restart is a real one: a new Spring context, a new web
 * server, nothing kept in memory.
 */
class NothingTypedIsLostIT extends BrowserTest {

    private static final String LEARNER = "imani";
    private static final String PASSPHRASE = "amber harbour lighthouse";

    @TempDir
    static Path data;

    private static ConfigurableApplicationContext application;
    private static int port;

    private static final List<String> QUESTIONS = List.of("How many new short links are created each month?",
            "How many times is a link opened compared with how often links are created?");
    private static final String OWN_QUESTION = "How long must links keep working?";
    private static final String UNANSWERED_QUESTION = "Which colour are the short links?";
    private static final Map<String, String> REQUIREMENTS = Map.of(
            "Functional requirements (one per line)", "Shorten a long URL into a short link\n"
                    + "Opening a short link redirects to the original URL\nLinks expire after five years",
            "Non-functional requirements (one per line)", "Redirects within 100 ms at p99\n"
                    + "99.99 % of redirects succeed");
    /** Every line of the worksheet; the last one is a count written as a size, the unit error the report must judge. */
    private static final Map<String, String> WORKSHEET = ordered(
            "New links per month", "120M /month",
            "Redirects per new link", "12",
            "Peak over average", "3",
            "Bytes per stored link", "500 B",
            "Years links are kept", "6",
            "Short code length in base62 characters", "7",
            "Writes per second (average)", "46 /s",
            "Redirects per second (average)", "550 /s",
            "Redirects per second at peak", "1.7k /s",
            "Links stored after five years", "7.2B",
            "Storage after five years", "3.6 TB",
            "Redirect bandwidth", "280 KB/s",
            "Distinct 7-character base62 codes", "3.5 TB");
    private static final Map<String, String> TECHNOLOGY = Map.of("app-server", "Spring Boot 4",
            "sql-database", "PostgreSQL 16");
    private static final String NOTES = "Stateless; three instances behind the load balancer";
    private static final List<String> DIVE_LABELS = List.of("The challenge", "Option 1", "Option 2",
            "Option 3 (optional)", "Decision", "Why", "How it works (implementation detail)",
            "Edge cases and failures");
    private static final List<String> TRADEOFF_LABELS = List.of("Decision", "Pro", "Con", "Accepted because");
    private static final Map<String, String> STANDING = ordered(
            "What breaks first at twice the load?", "The primary's write rate, long after the cache",
            "And at ten times the load?", "Redirect reads: add read replicas and a CDN",
            "What happens when the database dies?", "The replica is promoted within a minute",
            "What does it cost a month?", "About 2,000 USD",
            "What is monitored, and what wakes someone up?", "p99 redirect latency and 5xx rate page the on-call",
            "How does a deploy avoid downtime?", "Rolling deploys behind the load balancer");

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private long sessionId;

    @BeforeAll
    static void startTheServer() {
        application = start(0);
        port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        application.getBean(AccountService.class).register(LEARNER, PASSPHRASE, PASSPHRASE);
    }

    @AfterAll
    static void stopTheServer() {
        application.close();
    }

    /** The application as `java -jar` runs it, on the H2 file in this test's folder. */
    private static ConfigurableApplicationContext start(int serverPort) {
        String database = "jdbc:h2:file:" + data.resolve("designcoach")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // Arguments, not default properties: they win over the test configuration's in-memory database.
        return new SpringApplicationBuilder(DesignCoachApplication.class).run("--server.port=" + serverPort,
                "--spring.datasource.url=" + database, "--designcoach.data-dir=" + data,
                "--designcoach.admin.username=root-admin", "--designcoach.admin.password=deploy pipeline passphrase",
                "--server.shutdown=immediate");
    }

    @Override
    protected int port() {
        return port;
    }

    @Test
    void everyFieldOfEveryStageSurvivesReloadsMovesAndARestartOfTheServer() {
        signedIn(LEARNER, PASSPHRASE);
        startASession();

        fillRequirements();
        reloadAndCheck(this::checkRequirements);
        next();
        fillWorksheet();
        reloadAndCheck(this::checkWorksheet);
        next();
        fillDesign();
        reloadAndCheck(this::checkDesign);
        next();
        fillDeepDives();
        reloadAndCheck(this::checkDeepDives);
        next();
        fillTradeoffs();
        reloadAndCheck(this::checkTradeoffs);

        // Back and forth, by the stepper and by the buttons below the stage.
        step("2. Estimation", this::checkWorksheet);
        step("4. Deep dive", this::checkDeepDives);
        step("1. Requirements", this::checkRequirements);
        step("5. Bottlenecks and trade-offs", this::checkTradeoffs);
        step("3. High-level design", this::checkDesign);
        button("Previous stage").click();
        checkWorksheet();
        next();
        checkDesign();
        next();
        checkDeepDives();

        application.close();
        application = start(port);
        signedIn(LEARNER, PASSPHRASE);
        page.navigate(url("/sessions/" + sessionId));
        checkDeepDives();
        for (int round = 1; round <= 2; round++) {
            step("1. Requirements", this::checkRequirements);
            step("2. Estimation", this::checkWorksheet);
            step("3. High-level design", this::checkDesign);
            step("5. Bottlenecks and trade-offs", this::checkTradeoffs);
            step("4. Deep dive", this::checkDeepDives);
        }

        step("5. Bottlenecks and trade-offs", this::checkTradeoffs);
        button("Finish and see the report").click();
        assertThat(page.getByText("What each stage missed")).isVisible();
        assertThat(page.getByText(Pattern.compile("^Distinct 7-character base62 codes: .*3\\.5 ?TB"))
                .first()).isVisible();
    }

    @Test
    void aSecondTabIsStoppedInViewAndOffersToCopyWhatWasTypedThere() {
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signedIn(LEARNER, PASSPHRASE);
        startASession();
        Page first = page;
        Page second = page.context().newPage();
        second.navigate(url("/sessions/" + sessionId));
        assertThat(second.getByLabel("Functional requirements (one per line)", EXACT)).isVisible();

        first.bringToFront();
        first.getByLabel("Functional requirements (one per line)", EXACT).fill("Written in the first tab");
        assertThat(first.getByText("All changes saved.")).isVisible();

        second.bringToFront();
        // Far down the page, where a message at the top would be out of sight.
        second.getByLabel("Non-functional requirements (one per line)", EXACT).fill("Typed in the second tab\nand kept");
        second.mouse().wheel(0, 3000);
        // The dialog's parts, found on the page: Vaadin renders them outside the dialog element's own box.
        Locator title = second.getByText("This session changed in another tab", new Page.GetByTextOptions().setExact(true));
        assertThat(title).isVisible();
        Locator unsaved = second.getByLabel("What you typed here that is not saved", EXACT);
        inView(unsaved);
        inView(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reload the session")));
        assertThat(unsaved).hasValue("Non-functional requirements:\nTyped in the second tab\nand kept");

        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy what I typed")).click();
        assertThat(second.getByText("Copied.", new Page.GetByTextOptions().setExact(false))).isVisible();
        org.assertj.core.api.Assertions.assertThat(second.evaluate("() => navigator.clipboard.readText()"))
                .isEqualTo("Non-functional requirements:\nTyped in the second tab\nand kept");

        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reload the session")).click();
        assertThat(title).isHidden();
        assertThat(second.getByLabel("Functional requirements (one per line)", EXACT)).hasValue("Written in the first tab");
        assertThat(second.getByLabel("Non-functional requirements (one per line)", EXACT)).hasValue("");
    }

    /** Measured in the page: Playwright's own viewport checks do not see into a dialog in the top layer. */
    private static void inView(Locator element) {
        org.assertj.core.api.Assertions.assertThat(element.evaluate("""
                element => {
                  const box = element.getBoundingClientRect();
                  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
                }""")).isEqualTo(true);
    }

    private void startASession() {
        page.navigate(url("/practise/url-shortener"));
        button("Start").click();
        page.waitForURL(Pattern.compile(".*/sessions/\\d+$"));
        sessionId = Long.parseLong(page.url().replaceAll(".*/sessions/", ""));
        assertThat(page.getByText("stage 1 of 5: Requirements", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    // ---- stage 1 ------------------------------------------------------------------------------------

    private void fillRequirements() {
        // A mock interview lists no case questions: the learner types every one.
        for (String question : List.of(QUESTIONS.get(0), QUESTIONS.get(1), OWN_QUESTION, UNANSWERED_QUESTION)) {
            field("Ask your own question").fill(question);
            field("Ask your own question").press("Enter");
            assertThat(field("Ask your own question")).hasValue("");
        }
        REQUIREMENTS.forEach(this::type);
    }

    private void checkRequirements() {
        stageIs(1);
        assertThat(page.getByText("Interviewer: About 100 million new links a month.")).isVisible();
        assertThat(page.getByText("Interviewer: Five years.").first()).isVisible();
        assertThat(page.getByText(OWN_QUESTION, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(page.getByText(UNANSWERED_QUESTION, new Page.GetByTextOptions().setExact(true))).isVisible();
        REQUIREMENTS.forEach((label, value) -> assertThat(field(label)).hasValue(value));
    }

    // ---- stage 2 ------------------------------------------------------------------------------------

    private void fillWorksheet() {
        WORKSHEET.forEach(this::type);
    }

    private void checkWorksheet() {
        stageIs(2);
        WORKSHEET.forEach((label, value) -> assertThat(field(label)).hasValue(value));
    }

    // ---- stage 3 ------------------------------------------------------------------------------------

    private void fillDesign() {
        drop("web-client", 80, 80);
        drop("app-server", 80, 220);
        drop("sql-database", 80, 360);
        connect("web-client", "app-server");
        connect("app-server", "sql-database");
        assertThat(page.locator("design-canvas g.arrow")).hasCount(2);
        TECHNOLOGY.forEach((id, technology) -> {
            canvasComponent(id).click();
            commit(page.locator("design-canvas input[name=technology]"), technology);
        });
        canvasComponent("app-server").click();
        Locator notes = page.locator("design-canvas textarea[name=notes]");
        notes.fill(NOTES);
        // The canvas keeps the notes only when the field is left: a reload before that asks first.
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.type());
            dialog.dismiss();
        });
        assertThatThrownBy(() -> page.reload(new Page.ReloadOptions().setTimeout(5_000)))
                .isInstanceOf(PlaywrightException.class);
        org.assertj.core.api.Assertions.assertThat(asked).containsExactly("beforeunload");
        assertThat(notes).hasValue(NOTES);
        notes.press("Tab");
        saved();
    }

    /** The canvas keeps a typed text when the field is left. */
    private void commit(Locator input, String text) {
        input.fill(text);
        input.press("Tab");
        saved();
    }

    private void checkDesign() {
        stageIs(3);
        assertThat(page.locator("design-canvas .component")).hasCount(3);
        assertThat(page.locator("design-canvas g.arrow")).hasCount(2);
        TECHNOLOGY.forEach((id, technology) -> assertThat(canvasComponent(id)).hasAttribute("aria-label",
                Pattern.compile(".*" + technology + ".*")));
        canvasComponent("app-server").click();
        assertThat(page.locator("design-canvas textarea[name=notes]")).hasValue(NOTES);
    }

    // ---- stage 4 ------------------------------------------------------------------------------------

    private void fillDeepDives() {
        checkbox("Spring Boot 4").check();
        checkbox("PostgreSQL 16").check();
        for (int form = 0; form < 2; form++) {
            for (String label : DIVE_LABELS) {
                type(deepDive(form).getByLabel(label, new Locator.GetByLabelOptions().setExact(true)),
                        diveText(form, label));
            }
        }
    }

    private void checkDeepDives() {
        stageIs(4);
        assertThat(checkbox("Spring Boot 4")).isChecked();
        assertThat(checkbox("PostgreSQL 16")).isChecked();
        assertThat(page.locator(".deep-dive-form")).hasCount(2);
        for (int form = 0; form < 2; form++) {
            for (String label : DIVE_LABELS) {
                assertThat(deepDive(form).getByLabel(label, new Locator.GetByLabelOptions().setExact(true)))
                        .hasValue(diveText(form, label));
            }
        }
    }

    private Locator deepDive(int form) {
        return page.locator(".deep-dive-form").nth(form);
    }

    private static String diveText(int form, String label) {
        return (form == 0 ? "Servers: " : "Database: ") + label.toLowerCase() + " written in full";
    }

    // ---- stage 5 ------------------------------------------------------------------------------------

    private void fillTradeoffs() {
        button("Add a decision").click();
        for (int row = 0; row < 3; row++) {
            for (String label : TRADEOFF_LABELS) {
                type(tradeoff(row, label), tradeoffText(row, label));
            }
        }
        List<String> questions = List.copyOf(STANDING.keySet());
        questions.subList(0, questions.size() - 1).forEach(label -> type(label, STANDING.get(label)));
        // The last answer is typed and the stage left at once, before the pause that saves a typed text.
        String last = questions.getLast();
        field(last).fill(STANDING.get(last));
        step("1. Requirements", this::checkRequirements);
        step("5. Bottlenecks and trade-offs", this::checkTradeoffs);
    }

    private void checkTradeoffs() {
        stageIs(5);
        for (int row = 0; row < 3; row++) {
            for (String label : TRADEOFF_LABELS) {
                assertThat(tradeoff(row, label)).hasValue(tradeoffText(row, label));
            }
        }
        STANDING.forEach((label, value) -> assertThat(field(label)).hasValue(value));
    }

    private Locator tradeoff(int row, String label) {
        return page.locator(".session-four-columns").nth(row).getByLabel(label,
                new Locator.GetByLabelOptions().setExact(true));
    }

    private static String tradeoffText(int row, String label) {
        return "Decision " + (row + 1) + ", " + label.toLowerCase();
    }

    // ---- moving and checking -----------------------------------------------------------------------

    private void reloadAndCheck(Runnable check) {
        check.run();
        for (int reload = 1; reload <= 3; reload++) {
            page.reload();
            check.run();
        }
    }

    private void step(String stepper, Runnable check) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Stages"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(stepper).setExact(true)).click();
        check.run();
    }

    private void next() {
        button("Next stage").click();
    }

    private void stageIs(int number) {
        assertThat(page.getByText("stage " + number + " of 5:", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    private void type(String label, String value) {
        type(field(label), value);
    }

    private void type(Locator field, String value) {
        field.fill(value);
        saved();
    }

    /** Waits until the last change has reached the server. */
    private void saved() {
        assertThat(page.getByText("All changes saved.")).isVisible();
    }

    private Locator checkbox(String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }



    private void connect(String from, String to) {
        canvasComponent(from).focus();
        page.keyboard().press("c");
        canvasComponent(to).focus();
        page.keyboard().press("Enter");
    }

    private static Map<String, String> ordered(String... labelsAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            map.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return map;
    }

    /** Drops a type on the canvas and waits for it to be kept. */
    private void drop(String type, double x, double y) {
        dragFromPalette(type, x, y);
        saved();
    }
}
