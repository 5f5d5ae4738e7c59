package org.designcoach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.designcoach.content.ContentService;
import org.designcoach.design.DesignJson;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Pages, styles, scripts and Vaadin's messages go out gzipped to a client that accepts it, and smaller than raw;
 * a client that does not ask gets them as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:compression;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class CompressionIT extends BrowserTest {

    private static final String PASSPHRASE = "quiet lantern meadow";
    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private AccountService accounts;

    @Autowired
    private ContentService content;

    @Test
    void thePageItsStylesAndItsScriptAreGzippedWhenAskedAndSmallerThanRaw() throws Exception {
        String page = new String(gunzipped("/login"), StandardCharsets.UTF_8);
        assertThat(page).contains("<html");

        Matcher entry = ENTRY_SCRIPT.matcher(page);
        assertThat(entry.find()).as("the page names its entry script: %s", page).isTrue();
        for (String asset : List.of("/" + entry.group(1), "/lumo/lumo.css", "/styles.css")) {
            byte[] unzipped = gunzipped(asset);
            HttpResponse<byte[]> raw = get(asset, null);
            assertThat(raw.headers().firstValue("Content-Encoding")).as("%s without Accept-Encoding", asset).isEmpty();
            assertThat(unzipped).as("%s unzipped is what is sent raw", asset).isEqualTo(raw.body());
        }
    }

    @Test
    void vaadinsMessagesToASignedInLearnerAreGzipped(@TempDir Path dir) throws Exception {
        List<Response> messages = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl") || response.url().contains("v-r=init")) {
                messages.add(response);
            }
        });
        Path design = dir.resolve("url-shortener.json");
        Files.writeString(design, DesignJson.pretty(content.caseStudy("url-shortener").orElseThrow().architecture()));
        String learner = "gzip-" + System.nanoTime() % 100_000;
        accounts.register(learner, PASSPHRASE, PASSPHRASE);

        signedIn(learner, PASSPHRASE);
        page.navigate(url("/sandbox/url-shortener"));
        assertThat(button("Import JSON")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        // The browser forgets the bodies of a page it left; the ones that count come from here on.
        messages.clear();
        FileChooser chooser = page.waitForFileChooser(() -> button("Import JSON").click());
        chooser.setFiles(design);
        assertThat(page.locator("design-canvas .component[data-id='db']")).isVisible();
        button("Run the simulation").click();
        assertThat(page.locator("simulation-chart output")).containsText("second 119");

        List<Response> posts = messages.stream().filter(r -> "POST".equals(r.request().method())).toList();
        assertThat(posts).as("Vaadin's POST messages").isNotEmpty();
        assertThat(posts).allMatch(r -> r.headerValue("content-type").startsWith("application/json"));
        Response largest = posts.stream()
                .max((a, b) -> Integer.compare(a.body().length, b.body().length)).orElseThrow();
        assertThat(largest.headerValue("content-encoding")).as("the largest message, %s bytes unzipped",
                largest.body().length).isEqualTo("gzip");
        int onTheWire = largest.request().sizes().responseBodySize;
        assertThat(onTheWire).as("bytes on the wire").isPositive().isLessThan(largest.body().length / 2);
        System.out.printf("largest Vaadin message: %,d bytes, %,d gzipped%n", largest.body().length, onTheWire);
    }

    /** Fetches with Accept-Encoding gzip, checks that it came gzipped and smaller, and returns it unzipped. */
    private byte[] gunzipped(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "gzip");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).as("%s Content-Encoding", path).hasValue("gzip");
        byte[] unzipped = gunzip(response.body());
        assertThat(response.body().length).as("%s gzipped against %s bytes unzipped", path, unzipped.length)
                .isLessThan(unzipped.length);
        System.out.printf("%s: %,d bytes, %,d gzipped%n", path, unzipped.length, response.body().length);
        return unzipped;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
