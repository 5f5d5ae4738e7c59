package org.designcoach.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.designcoach.BrowserTest;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "Arrange" and designs imported without positions, at 1,280 × 800: the layout leaves no two
 * components on top of each other and draws each zone box around its members and no others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:arrange;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class ArrangeIT extends BrowserTest {

    private static final String PASSPHRASE = "amber lantern orchard";
    private static final AtomicInteger LEARNERS = new AtomicInteger();
    private static final String IMPORTED = """
            {"version": 1,
             "components": [
               {"id": "users", "type": "web-client"},
               {"id": "lb", "type": "load-balancer"},
               {"id": "api-a", "type": "app-server", "group": "zone-a"},
               {"id": "api-b", "type": "app-server", "group": "zone-b"},
               {"id": "cache", "type": "cache", "group": "zone-a"},
               {"id": "db", "type": "sql-database", "group": "zone-a"},
               {"id": "queue", "type": "message-queue"},
               {"id": "worker", "type": "worker", "group": "zone-b"}],
             "connections": [
               {"from": "users", "to": "lb", "mode": "sync"},
               {"from": "lb", "to": "api-a", "mode": "sync"},
               {"from": "lb", "to": "api-b", "mode": "sync"},
               {"from": "api-a", "to": "cache", "mode": "sync"},
               {"from": "api-a", "to": "db", "mode": "sync"},
               {"from": "api-b", "to": "db", "mode": "sync"},
               {"from": "api-b", "to": "queue", "mode": "async"},
               {"from": "queue", "to": "worker", "mode": "async"}],
             "groups": [{"id": "zone-a", "kind": "zone", "label": "Zone A"},
                        {"id": "zone-b", "kind": "zone", "label": "Zone B"}]}
            """;

    @Autowired
    private AccountService accounts;

    private void signedInAsNewLearner() {
        String learner = "arranger-" + LEARNERS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        accounts.register(learner, PASSPHRASE, PASSPHRASE);
        signedIn(learner, PASSPHRASE);
    }

    @Test
    void arrangeSeparatesComponentsDrawnOnTopOfAZoneAndKeepsTheZoneAroundItsMembers() {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));

        drop("web-client", 60, 200);
        drop("load-balancer", 240, 200);
        drop("app-server", 420, 120);
        drop("sql-database", 420, 300);
        connectWithMouse("web-client", "load-balancer");
        connectWithMouse("load-balancer", "app-server");
        connectWithMouse("app-server", "sql-database");
        canvasComponent("app-server").click();
        canvasComponent("sql-database").click(new Locator.ClickOptions().setModifiers(
                List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        button("Box as a zone").click();
        assertThat(page.locator("design-canvas .group-box.zone")).hasCount(1);
        // The web client dragged into the middle of the zone box, where it does not belong.
        moveOnto("web-client", "app-server", 0, 30);
        assertThat(overlapping(box("web-client"), zoneBox(0))).isTrue();

        button("Arrange").click();

        assertThat(page.locator("design-canvas .sr-only")).containsText("Components arranged");
        screenshot("sandbox-1280-arranged");
        List<String> all = List.of("web-client", "load-balancer", "app-server", "sql-database");
        noTwoOverlap(all);
        BoundingBox zone = zoneBox(0);
        assertThat(List.of("app-server", "sql-database")).allSatisfy(id -> assertThat(inside(box(id), zone))
                .as(id + " inside its zone").isTrue());
        assertThat(List.of("web-client", "load-balancer")).allSatisfy(id -> assertThat(overlapping(box(id), zone))
                .as(id + " outside the zone").isFalse());
        // Arrows run left to right: the client first, the database last.
        assertThat(box("web-client").x).isLessThan(box("load-balancer").x);
        assertThat(box("load-balancer").x).isLessThan(box("app-server").x);
        assertThat(box("app-server").x).isLessThan(box("sql-database").x);

        page.keyboard().press("Control+Z");
        assertThat(overlapping(box("web-client"), zoneBox(0))).isTrue();
    }

    @Test
    void aDesignImportedWithoutPositionsIsLaidOutWithEachZoneAroundItsMembers(@TempDir Path dir) throws Exception {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        Path file = dir.resolve("no-positions.json");
        Files.writeString(file, IMPORTED);

        FileChooser chooser = page.waitForFileChooser(() -> button("Import JSON").click());
        chooser.setFiles(file);

        assertThat(canvasComponent("worker")).isVisible();
        assertThat(page.locator("design-canvas .group-box.zone")).hasCount(2);
        page.waitForCondition(() -> !overlapping(box("users"), box("lb")));
        List<String> all = List.of("users", "lb", "api-a", "api-b", "cache", "db", "queue", "worker");
        noTwoOverlap(all);
        BoundingBox zoneA = zoneBoxOf("Zone A");
        BoundingBox zoneB = zoneBoxOf("Zone B");
        assertThat(overlapping(zoneA, zoneB)).isFalse();
        assertThat(List.of("api-a", "cache", "db")).allSatisfy(id -> assertThat(inside(box(id), zoneA)).as(id).isTrue());
        assertThat(List.of("api-b", "worker")).allSatisfy(id -> assertThat(inside(box(id), zoneB)).as(id).isTrue());
        assertThat(List.of("users", "lb", "queue")).allSatisfy(id -> assertThat(
                overlapping(box(id), zoneA) || overlapping(box(id), zoneB)).as(id + " outside the zones").isFalse());
    }

    @Test
    void theDrawingTakesThreeQuartersOfA1280PixelWindowWithPaletteAndSidePanelHiddenAndAllOfItInFullScreen() {
        signedInAsNewLearner();
        page.navigate(url("/sandbox/url-shortener"));
        Locator drawing = page.locator("design-canvas .viewport");
        drop("web-client", 80, 120);
        screenshot("sandbox-1280-palette-shown");

        button("Palette").click();
        button("Side panel").click();

        assertThat(page.locator("design-canvas .palette")).not().isAttached();
        assertThat(page.locator("design-canvas .inspector")).not().isAttached();
        assertThat(drawing.boundingBox().width).as("drawing width").isGreaterThanOrEqualTo(960);
        screenshot("sandbox-1280-palette-hidden");
        page.reload();
        assertThat(canvasComponent("web-client")).isVisible();
        assertThat(page.locator("design-canvas .palette")).not().isAttached();
        assertThat(button("Palette")).hasAttribute("aria-pressed", "false");
        assertThat(button("Side panel")).hasAttribute("aria-pressed", "false");

        // Enter on a component brings the side panel back: the keyboard's way to the details.
        canvasComponent("web-client").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("design-canvas .inspector")).isVisible();

        button("Full screen").click();
        Locator canvas = page.locator("design-canvas");
        assertThat(button("Full screen")).hasAttribute("aria-pressed", "true");
        assertThat(canvas.boundingBox().width).as("full-screen canvas width").isGreaterThanOrEqualTo(1280);
        assertThat(canvas.boundingBox().height).as("full-screen canvas height").isGreaterThanOrEqualTo(800);
        screenshot("sandbox-1280-full-screen");
        drawing.focus();
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        assertThat(button("Full screen")).hasAttribute("aria-pressed", "false");
        assertThat(canvas.boundingBox().width).isLessThan(1280);

        button("Palette").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("design-canvas .palette input[type=search]")).isVisible();
    }

    /** A picture of the page for a person to look at, under target/screenshots; nothing checks it. */
    private void screenshot(String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    private void noTwoOverlap(List<String> ids) {
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (overlapping(box(ids.get(i)), box(ids.get(j)))) {
                    overlaps.add(ids.get(i) + " and " + ids.get(j));
                }
            }
        }
        assertThat(overlaps).as("components on top of each other").isEmpty();
    }

    private static boolean overlapping(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    private static boolean inside(BoundingBox inner, BoundingBox outer) {
        return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width
                && inner.y + inner.height <= outer.y + outer.height;
    }

    private BoundingBox box(String id) {
        return canvasComponent(id).boundingBox();
    }

    private BoundingBox zoneBox(int index) {
        return page.locator("design-canvas .group-box.zone").nth(index).boundingBox();
    }

    private BoundingBox zoneBoxOf(String label) {
        return page.locator("design-canvas .group-box.zone").filter(new Locator.FilterOptions().setHasText(label))
                .boundingBox();
    }



    private void connectWithMouse(String from, String to) {
        BoundingBox handle = canvasComponent(from).locator(".handle").boundingBox();
        BoundingBox target = canvasComponent(to).boundingBox();
        page.mouse().move(handle.x + handle.width / 2, handle.y + handle.height / 2);
        page.mouse().down();
        page.mouse().move(target.x + target.width / 2, target.y + target.height / 2,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        assertThat(page.locator("design-canvas [aria-label^='Arrow from']")).not().hasCount(0);
    }

    /** Drags a component by its middle until its middle lies over another one's, shifted by dx, dy. */
    private void moveOnto(String id, String onto, double dx, double dy) {
        BoundingBox from = box(id);
        BoundingBox target = box(onto);
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(target.x + target.width / 2 + dx, target.y + target.height / 2 + dy,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
    }

    /** Drops a type on the canvas and waits for it to be kept. */
    private void drop(String type, double x, double y) {
        dragFromPalette(type, x, y);
        assertThat(canvasComponent(type)).isVisible();
    }
}
