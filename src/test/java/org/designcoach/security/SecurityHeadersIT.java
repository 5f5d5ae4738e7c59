package org.designcoach.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.content.ContentService;
import org.designcoach.design.DesignJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pages work under their Content-Security-Policy in a real browser: sign-in, the canvas, an
 * import and a simulation with its chart, and the not-found page, with no policy violation reported
 * in the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:headers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class SecurityHeadersIT extends BrowserTest {

    private static final String PASSPHRASE = "amber kettle drift";

    @Autowired
    private AccountService accounts;

    @Autowired
    private ContentService content;

    @Test
    void aLearnerSignsInDrawsAndSimulatesUnderThePolicyWithoutAViolation(@TempDir Path dir) throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        page.onPageError(error -> console.add("page error: " + error));
        Path reference = dir.resolve("url-shortener.json");
        Files.writeString(reference, DesignJson.pretty(content.caseStudy("url-shortener").orElseThrow().architecture()));
        String learner = "csp-" + System.nanoTime() % 100_000;
        accounts.register(learner, PASSPHRASE, PASSPHRASE);

        signedIn(learner, PASSPHRASE);
        Response sandbox = page.navigate(url("/sandbox/url-shortener"));

        assertThat(sandbox.headerValue("content-security-policy")).as("headers of %s: %s", sandbox.url(), sandbox.allHeaders())
                .isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(sandbox.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(sandbox.headerValue("referrer-policy")).isEqualTo("same-origin");
        assertThat(sandbox.headerValue("permissions-policy")).contains("camera=()");
        assertThat(button("Import JSON")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        FileChooser chooser = page.waitForFileChooser(() -> button("Import JSON").click());
        chooser.setFiles(reference);
        assertThat(page.locator("design-canvas .component[data-id='db']")).isVisible();
        button("Run the simulation").click();
        assertThat(page.locator("simulation-chart output")).containsText("second 119");

        page.navigate(url("/no-such-page/at-all"));
        assertThat(page.getByText("Page not found")).isVisible();

        assertThat(console).as("console of the browser").noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("Content-Security-Policy") || line.contains("Permissions-Policy")
                || line.startsWith("page error"));
    }
}
