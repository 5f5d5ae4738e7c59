package org.designcoach.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A learner draws on the canvas with the mouse, then with the keyboard alone, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sandbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class SandboxIT extends BrowserTest {

    private static final String PASSPHRASE = "calm violet harbour";
    private static final Pattern SCORE = Pattern.compile("Score \\d+ / 100");
    private static final String ARROW = "Arrow from Web browser to Application server, synchronous, HTTPS";
    private static final String RENAMED_ARROW = "Arrow from Web browser to Link API, synchronous, HTTPS";
    private static final int MAX_TAB_STOPS = 80;
    private static final AtomicInteger LEARNERS = new AtomicInteger();
    private static final String UNCONNECTED = "A component connected to nothing";

    @Autowired
    private AccountService accounts;

    @Autowired
    private org.designcoach.content.ContentService content;

    /**
     * Each test, and each rerun of a test, draws as a learner of its own: sandbox designs are saved
     * per learner and case, and a rerun must start from an empty drawing, not the last run's.
     */
    private void signedInAsNewLearner() {
        String learner = "learner-" + LEARNERS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        accounts.register(learner, PASSPHRASE, PASSPHRASE);
        signedIn(learner, PASSPHRASE);
    }

    @Test
    void aDesignDrawnWithTheMouseIsJudgedExportedAndImportedBackWithTheSameScore(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        String empty = score();

        dragFromPalette("web-client", 80, 80);
        dragFromPalette("app-server", 380, 80);
        assertThat(canvasComponent("web-client")).isVisible();
        assertThat(canvasComponent("app-server")).isVisible();

        connectWithMouse("web-client", "app-server");
        assertThat(arrow("Arrow from Web browser to Application server, synchronous, HTTPS")).isVisible();
        assertThat(page.getByText(Pattern.compile("Saved at"))).isVisible();
        judgementChangesFrom(empty);

        moveWithMouse("app-server", 0, 120);
        String drawn = score();

        Download download = page.waitForDownload(() -> page.getByText("Export JSON").click());
        Path exported = dir.resolve("exported.json");
        download.saveAs(exported);
        assertThat(Files.readString(exported)).contains("\"type\" : \"web-client\"", "\"to\" : \"app-server\"");

        canvasComponent("app-server").click();
        page.keyboard().press("Delete");
        assertThat(canvasComponent("app-server")).not().isAttached();
        judgementChangesFrom(drawn);

        FileChooser chooser = page.waitForFileChooser(() -> button("Import JSON").click());
        chooser.setFiles(exported);

        assertThat(canvasComponent("app-server")).isVisible();
        assertThat(arrow("Arrow from Web browser to Application server, synchronous, HTTPS")).isVisible();
        judgementBecomes(drawn);
    }

    @Test
    void anArrowsShareOfTheTrafficIsSetInItsPanelAndAShareAboveAHundredIsRefusedKeepingWhatWasTyped() {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        dragFromPalette("web-client", 80, 80);
        dragFromPalette("app-server", 380, 80);
        connectWithMouse("web-client", "app-server");
        arrow(ARROW).click();
        Locator share = page.locator("design-canvas input[name=arrow-share]");

        share.fill("150");
        share.press("Tab");
        assertThat(page.locator("design-canvas #arrow-share-error")).hasText("Enter a number from 0 to 100.");
        assertThat(share).hasValue("150");
        assertThat(arrow(ARROW)).isVisible();

        share.fill("5");
        share.press("Tab");
        assertThat(page.locator("design-canvas #arrow-share-error")).not().isAttached();
        assertThat(arrow(ARROW + ", 5 % of the traffic")).isVisible();
    }

    @Test
    void aDesignIsBuiltWithTheKeyboardAloneThenExportedAndImportedBack(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        String empty = score();
        Locator search = page.locator("design-canvas .palette input[type=search]");

        tabTo(search, "Tab");
        page.keyboard().type("browser");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(canvasComponent("web-client")).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Shift+ArrowRight");

        tabTo(search, "Shift+Tab");
        page.keyboard().press("Control+A");
        page.keyboard().type("application server");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(canvasComponent("app-server")).isFocused();

        page.keyboard().press("Shift+Tab");
        assertThat(canvasComponent("web-client")).isFocused();
        page.keyboard().press("c");
        page.keyboard().press("Tab");
        assertThat(canvasComponent("app-server")).isFocused();
        page.keyboard().press("Enter");
        assertThat(arrow(ARROW)).isVisible();

        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        page.keyboard().type("Link API");
        page.keyboard().press("Tab");
        page.keyboard().type("Go");
        page.keyboard().press("Tab");
        assertThat(canvasComponent("app-server")).hasAttribute("aria-label", "Link API, Application server, Go");
        judgementChangesFrom(empty);

        tabTo(canvasComponent("app-server"), "Shift+Tab");
        page.keyboard().press("Delete");
        assertThat(canvasComponent("app-server")).not().isAttached();
        Locator drawing = page.locator("design-canvas .viewport");
        assertThat(drawing).isFocused();
        page.keyboard().press("Control+Z");
        assertThat(canvasComponent("app-server")).isVisible();

        double before = canvasComponent("web-client").boundingBox().x;
        page.keyboard().press("Shift+ArrowRight");
        assertThat(canvasComponent("web-client").boundingBox().x).isLessThan(before - 40);

        tabTo(arrow(RENAMED_ARROW), "Tab");
        page.keyboard().press("Delete");
        assertThat(arrow(RENAMED_ARROW)).not().isAttached();
        Locator findings = page.locator(".findings-panel");
        assertThat(findings).containsText(UNCONNECTED);
        page.keyboard().press("Control+Z");
        assertThat(arrow(RENAMED_ARROW)).isVisible();
        // Waits for the server to judge the restored arrow, so that the score read next is the drawing's.
        assertThat(findings).not().containsText(UNCONNECTED);
        String drawn = score();

        Locator export = page.getByText("Export JSON");
        tabTo(export, "Shift+Tab");
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        Path exported = dir.resolve("keyboard.json");
        download.saveAs(exported);
        assertThat(Files.readString(exported)).contains("\"label\" : \"Link API\"", "\"to\" : \"app-server\"");

        tabTo(canvasComponent("app-server"), "Tab");
        page.keyboard().press("Delete");
        assertThat(canvasComponent("app-server")).not().isAttached();
        judgementChangesFrom(drawn);

        tabTo(button("Import JSON"), "Shift+Tab");
        FileChooser chooser = page.waitForFileChooser(() -> page.keyboard().press("Enter"));
        chooser.setFiles(exported);

        assertThat(canvasComponent("app-server")).hasAttribute("aria-label", "Link API, Application server, Go");
        assertThat(arrow(RENAMED_ARROW)).isVisible();
        judgementBecomes(drawn);
    }

    @Test
    void aChangeOverTheComponentLimitIsRefusedAndTheCanvasShowsTheSavedDesignAgain() {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        dragFromPalette("web-client", 80, 80);
        assertThat(page.getByText(Pattern.compile("Saved at"))).isVisible();
        // Opened again, the page is given the saved design: the refused one below then differs only in the browser.
        page.reload();
        assertThat(canvasComponent("web-client")).isVisible();

        // What a large paste does: one change that adds 300 components, one more than a design may hold.
        page.locator("design-canvas").evaluate("""
                canvas => canvas.commit({...canvas.model, components: [...canvas.model.components,
                    ...Array.from({length: 300}, (_, i) => ({id: 'copy-' + i, type: 'app-server',
                        position: {x: 40 * (i % 20), y: 300 + 40 * Math.floor(i / 20)}}))]})""");

        assertThat(page.getByText("That change was not kept: the canvas is back to your last saved design."))
                .isVisible();
        assertThat(canvasComponent("copy-0")).not().isAttached();
        assertThat(page.locator("design-canvas .component")).hasCount(1);
        assertThat(canvasComponent("web-client")).isVisible();
    }

    @Test
    void htmlTypedIntoALabelIsRefusedInPlaceAndKeptAsTyped() {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/fraud-detection"));
        dragFromPalette("cache", 100, 100);
        canvasComponent("cache").click();

        Locator label = page.locator("design-canvas .inspector input[name=label]");
        label.fill("<img src=x onerror=alert(1)>");
        label.press("Tab");

        assertThat(page.locator("design-canvas .inspector .error")).hasText(Pattern.compile("Plain text only"));
        assertThat(label).hasValue("<img src=x onerror=alert(1)>");
        assertThat(canvasComponent("cache")).hasAttribute("aria-label", Pattern.compile("^Cache"));
        assertThat(page.locator("design-canvas img")).hasCount(0);
    }

    @Test
    void aServiceTimeIsEditedBesideTheCapacityRefusedOutsideItsRangeAndShowsTheConcurrencyItMakes() {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        dragFromPalette("app-server", 200, 100);
        canvasComponent("app-server").click();

        Locator service = page.locator("design-canvas .inspector input[name=property-serviceTimeMs]");
        service.fill("0");
        service.press("Tab");
        assertThat(page.locator("design-canvas .inspector #property-serviceTimeMs-error"))
                .hasText(Pattern.compile("from 0.001 to 3600000"));
        assertThat(service).hasValue("0");

        service.fill("50");
        service.press("Tab");
        assertThat(page.locator("design-canvas .inspector #property-serviceTimeMs-error")).hasCount(0);
        // The catalog's 1,000 requests/s at 50 ms: each instance works on 50 requests at once.
        assertThat(page.locator("design-canvas .inspector [data-part=concurrency]"))
                .containsText("k = 50 requests at once");
    }

    @Test
    void aSimulationOfTheReferenceShowsTheDatabaseFailingAndNamesIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path reference = dir.resolve("url-shortener.json");
        Files.writeString(reference, org.designcoach.design.DesignJson.pretty(
                content.caseStudy("url-shortener").orElseThrow().architecture()));
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        // The first page with the charts loads the most script: give a slow machine the time it needs.
        assertThat(button("Import JSON")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(60_000));
        FileChooser chooser = page.waitForFileChooser(() -> button("Import JSON").click());
        chooser.setFiles(reference);
        assertThat(canvasComponent("db")).isVisible();

        button("Run the simulation").click();
        assertThat(page.getByText(Pattern.compile("errors 0\\.0 %"))).isVisible();
        assertThat(page.locator("simulation-chart output")).containsText("second 119");

        page.getByLabel("Scenario", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("A component fails")).click();
        page.getByLabel("Component", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Links database")).click();
        button("Run the simulation").click();

        assertThat(page.getByText(Pattern.compile("^Bottleneck: Links database"))).isVisible();
        assertThat(page.getByText(Pattern.compile("errors [1-9][0-9]*\\.[0-9] %"))).isVisible();
        assertThat(canvasComponent("db")).hasClass(Pattern.compile("load-down"));
        page.locator("simulation-chart input[type=range]").fill("10");
        assertThat(canvasComponent("db")).not().hasClass(Pattern.compile("load-down"));
        // Every request enters through the CDN: in any second its arrow is about the run's busiest, 6 px wide.
        assertThat(page.locator("design-canvas g.arrow[data-key='client->cdn'] line.visible"))
                .hasAttribute("style", Pattern.compile("stroke-width: (5\\.[5-9]|6\\.0)"));
    }

    /**
     * The judgement as shown: the score and the line that says how it is made. A small design can
     * score 0 like an empty canvas (it meets none of the case's key requirements), so the score alone
     * does not show that a change was judged; the points lost in findings do.
     */
    private String score() {
        assertThat(page.locator(".findings-panel h3")).hasText(SCORE);
        Locator breakdown = page.locator(".findings-panel .score-breakdown");
        return page.locator(".findings-panel h3").textContent()
                + (breakdown.count() == 0 ? "" : " · " + breakdown.textContent());
    }

    private void judgementChangesFrom(String before) {
        page.waitForCondition(() -> !score().equals(before));
    }

    private void judgementBecomes(String expected) {
        page.waitForCondition(() -> score().equals(expected));
    }

    /**
     * Presses the key (Tab or Shift+Tab) until the target holds the keyboard focus, as a person
     * would: how many stops lie between depends on the page around the canvas, not on the canvas.
     */
    private void tabTo(Locator target, String key) {
        for (int presses = 0; presses < MAX_TAB_STOPS && !hasFocus(target); presses++) {
            page.keyboard().press(key);
        }
        assertThat(target).isFocused();
    }

    private static boolean hasFocus(Locator target) {
        return target.count() == 1
                && Boolean.TRUE.equals(target.evaluate("element => element.getRootNode().activeElement === element"));
    }


    private Locator arrow(String name) {
        return page.locator("design-canvas g.arrow[aria-label='" + name + "']");
    }

    /** Searches the palette first, as a person would when the entry is below the fold. */

    private void connectWithMouse(String from, String to) {
        BoundingBox handle = canvasComponent(from).locator(".handle").boundingBox();
        BoundingBox target = canvasComponent(to).boundingBox();
        page.mouse().move(handle.x + handle.width / 2, handle.y + handle.height / 2);
        page.mouse().down();
        page.mouse().move(target.x + target.width / 2, target.y + target.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }

    private void moveWithMouse(String id, double dx, double dy) {
        BoundingBox box = canvasComponent(id).boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + dx, y + dy, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        assertThat(canvasComponent(id).boundingBox().y).isGreaterThan(box.y + dy / 2);
    }
}
