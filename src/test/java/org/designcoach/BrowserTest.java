package org.designcoach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running application in a real headless Chromium. Subclasses add
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with a database of their own.
 * The browser is the system's Chromium ({@code CHROMIUM_PATH}, default {@code /usr/bin/chromium}):
 * Playwright's own browser download is not used.
 */
public abstract class BrowserTest {

    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private final List<BrowserContext> contexts = new ArrayList<>();
    protected Page page;

    /**
     * On a failure, prints where the browser was and what it showed, before the page is closed:
     * CI keeps only the output.
     */
    @RegisterExtension
    final AfterTestExecutionCallback pageReporter = test -> test.getExecutionException()
            .ifPresent(failure -> System.out.println(pageReport(test.getDisplayName())));

    @BeforeAll
    static void launchBrowser() {
        // Assertions wait for their condition, they do not time the machine: on a busy CI machine the
        // first page of a fresh browser can take longer than Playwright's default of five seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        page = newBrowserPage();
    }

    @AfterEach
    void closePage() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /**
     * A page in a browser context of its own, as a second person or a second device would have:
     * no cookie is shared with {@link #page}. Closed after the test.
     */
    protected Page newBrowserPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        contexts.add(context);
        Page opened = context.newPage();
        opened.setDefaultTimeout(30_000);
        return opened;
    }

    private String pageReport(String test) {
        try {
            String text = String.valueOf(page.evaluate("() => document.body ? document.body.innerText : ''"));
            return "Browser page when '" + test + "' failed: " + page.url() + "\n"
                    + text.substring(0, Math.min(text.length(), 2_000));
        } catch (RuntimeException unreadable) {
            return "Browser page when '" + test + "' failed could not be read: " + unreadable.getMessage();
        }
    }

    /** The application's port: Spring's test server's, unless a test starts the application itself. */
    protected int port() {
        return port;
    }

    protected String url(String path) {
        return "http://localhost:" + port() + path;
    }

    protected Locator field(String label) {
        return field(page, label);
    }

    protected static Locator field(Page on, String label) {
        return on.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    protected Locator button(String name) {
        return button(page, name);
    }

    protected static Locator button(Page on, String name) {
        return on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A component on the design canvas, by its id. */
    protected Locator canvasComponent(String id) {
        return page.locator("design-canvas .component[data-id='" + id + "']");
    }

    /** Drags a component type from the canvas's palette (found by its search) onto the drawing at x, y. */
    protected void dragFromPalette(String type, double x, double y) {
        page.locator("design-canvas .palette input[type=search]").fill(type.replace('-', ' '));
        page.locator("design-canvas .palette-item[data-type='" + type + "']").dragTo(
                page.locator("design-canvas .viewport"), new Locator.DragToOptions().setTargetPosition(x, y));
    }

    protected void signIn(String username, String password) {
        signIn(page, username, password);
    }

    /**
     * Fills the sign-in form once the page has settled. Submitting while the sign-in page's own
     * start-up request is still on its way lets that request come back after the sign-in with a
     * fresh, signed-out session cookie; a person never types that fast.
     */
    protected void signIn(Page on, String username, String password) {
        on.navigate(url("/login"));
        on.waitForLoadState(LoadState.NETWORKIDLE);
        field(on, "Username").fill(username);
        field(on, "Password").fill(password);
        button(on, "Sign in").click();
    }

    /**
     * Signs in and waits until the application has taken the person in: a navigation started
     * before that would cancel the sign-in on a slow machine.
     */
    protected void signedIn(String username, String password) {
        signedIn(page, username, password);
    }

    protected void signedIn(Page on, String username, String password) {
        signIn(on, username, password);
        on.waitForURL(address -> !address.contains("/login"));
        on.waitForLoadState(LoadState.NETWORKIDLE);
        if (on.url().contains("/login")) {
            throw new IllegalStateException(username + " was sent back to the sign-in page");
        }
    }

    private static Path chromium() {
        Path path = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No Chromium at " + path + ": install it (apt-get install chromium) "
                    + "or set CHROMIUM_PATH");
        }
        return path;
    }
}
