package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.designcoach.BrowserTest;
import org.designcoach.TestAccounts;
import org.designcoach.content.ContentService;
import org.designcoach.design.DesignJson;
import org.designcoach.security.AccountException;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The REST API over real HTTP: tokens, the three operations, every kind of bad input, the rate
 * limit; and the journey of a person who makes a token on their profile page and uses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase",
        "designcoach.api.requests-per-minute=40"})
class ApiIT extends BrowserTest {

    private static final String PASSPHRASE = "amber kettle drift";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int serverPort;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApiTokenService tokens;

    @Autowired
    private ContentService content;

    private String token;

    @BeforeEach
    void aLearnerHasAFreshToken() {
        try {
            accounts.register("tomas", PASSPHRASE, PASSPHRASE);
        } catch (AccountException alreadyThere) {
            // registered by an earlier test of this class
        }
        TestAccounts.signInAs("tomas");
        tokens.mine().stream().filter(ApiTokenService.TokenView::active).forEach(t -> tokens.revoke(t.id()));
        token = tokens.create("integration test").secret();
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutATokenEveryCallIsRefusedWithAProblemThatSaysWhatToSend() throws Exception {
        var response = send(get("/api/v1/cases").build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void aRevokedOrInventedTokenIsRefused() throws Exception {
        assertThat(send(authorized("/api/v1/cases", "dcp_invented").GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void casesAreListedWithoutTheirSolutions() throws Exception {
        var response = send(authorized("/api/v1/cases").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode cases = json(response);
        assertThat(cases.size()).isGreaterThanOrEqualTo(12);
        assertThat(cases.findValuesAsString("id")).contains("url-shortener");
        assertThat(response.body()).doesNotContain("architecture", "deepDives", "\"answer\"");
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).contains("40");
    }

    @Test
    void theCatalogListsEveryComponentType() throws Exception {
        var response = send(authorized("/api/v1/catalog").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("components").size()).isEqualTo(content.library().catalog().components().size());
    }

    @Test
    void theReferenceDesignOfACaseScoresHighOnIt() throws Exception {
        String design = DesignJson.compact(content.caseStudy("url-shortener").orElseThrow().architecture());

        var response = score("url-shortener", design, "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.path("overall").asInt()).isGreaterThanOrEqualTo(85);
        assertThat(result.path("scores").has("scalability")).isTrue();
        assertThat(result.path("findings").get(0).path("severity").asString())
                .isIn("error", "warning", "suggestion", "strength");
    }

    @Test
    void badDesignsGetA400ThatListsEachProblem() throws Exception {
        assertProblem(score("url-shortener", "this is not json", ""), 400, "not valid JSON");
        assertProblem(score("url-shortener", design("{\"id\":\"x\",\"type\":\"teleporter\"}"), ""), 400, "'teleporter'");
        assertProblem(score("url-shortener", design("{\"id\":\"x\",\"type\":\"cache\",\"label\":\"<script>x</script>\"}"), ""),
                400, "HTML markup");
        String many = IntStream.range(0, 10_000).mapToObj(i -> "{\"id\":\"c" + i + "\",\"type\":\"cache\"}")
                .collect(Collectors.joining(","));
        assertProblem(score("url-shortener", design(many), ""), 400, "at most 300 components");
        assertProblem(score("url-shortener", "{\"pad\":\"" + "x".repeat(700_000) + "\"}", ""), 400, "larger than 512 KB");
        var arrow = score("url-shortener", "{\"version\":1,\"components\":[{\"id\":\"a\",\"type\":\"cache\"}],"
                + "\"connections\":[{\"from\":\"a\",\"to\":\"ghost\",\"mode\":\"sync\"}]}", "");
        assertProblem(arrow, 400, "'ghost'");
        assertThat(json(arrow).path("problems").isArray()).isTrue();
    }

    @Test
    void badParametersAndUnknownCasesAreExplained() throws Exception {
        String design = design("{\"id\":\"x\",\"type\":\"cache\"}");
        assertProblem(score("no-such-case", design, ""), 404, "no-such-case");
        assertProblem(score("url-shortener", design, "?peakQps=-5"), 400, "peakQps");
        assertProblem(score("url-shortener", design, "?peakQps=1e12"), 400, "peakQps");
        assertThat(score("url-shortener", design, "?peakQps=lots").statusCode()).isEqualTo(400);
    }

    @Test
    void randomBodiesNeverCauseAServerError() throws Exception {
        Random random = new Random(7L);
        String base = DesignJson.compact(content.caseStudy("url-shortener").orElseThrow().architecture());
        for (int i = 0; i < 30; i++) {
            StringBuilder body = new StringBuilder(base);
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                int at = random.nextInt(body.length());
                body.replace(at, Math.min(body.length(), at + random.nextInt(10)), String.valueOf((char) (32 + random.nextInt(90))));
            }
            int status = score("url-shortener", body.toString(), "").statusCode();
            assertThat(status).as(body.toString()).isIn(200, 400);
        }
    }

    @Test
    void randomSimulationBodiesNeverCauseAServerError() throws Exception {
        Random random = new Random(13L);
        String design = DesignJson.compact(content.caseStudy("url-shortener").orElseThrow().architecture());
        String base = "{\"caseId\":\"url-shortener\",\"durationSeconds\":10,\"scenario\":\"failure\","
                + "\"component\":\"db\",\"instances\":1,\"readFraction\":0.8,\"design\":" + design + "}";
        String[] fragments = {"{}", "[1]", "\"x\"", "null", "true", "-1", "1e400"};
        for (int i = 0; i < 25; i++) {
            StringBuilder body = new StringBuilder(base);
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                int at = random.nextInt(body.length());
                String insert = random.nextBoolean() ? fragments[random.nextInt(fragments.length)]
                        : String.valueOf((char) (32 + random.nextInt(90)));
                body.replace(at, Math.min(body.length(), at + random.nextInt(10)), insert);
            }
            assertThat(simulate(body.toString()).statusCode()).as(body.toString()).isIn(200, 400, 404);
        }
    }

    @Test
    void aTokenThatCallsTooOftenIsToldWhenToTryAgain() throws Exception {
        int last = 0;
        for (int i = 0; i <= 40 && last != 429; i++) {
            last = send(authorized("/api/v1/cases").GET().build()).statusCode();
        }
        var refused = send(authorized("/api/v1/cases").GET().build());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(refused).path("detail").asString()).contains("40 calls a minute");
    }

    @Test
    void aDesignIsSimulatedAtItsCasesLoadAndAFailureShowsInTheSeries() throws Exception {
        String design = DesignJson.compact(content.caseStudy("url-shortener").orElseThrow().architecture());
        String database = content.caseStudy("url-shortener").orElseThrow().architecture().components().stream()
                .filter(c -> c.type().equals("sql-database")).findFirst().orElseThrow().id();

        var steady = simulate("{\"caseId\":\"url-shortener\",\"durationSeconds\":30,\"design\":" + design + "}");
        var failure = simulate("/api/v1/simulate?series=full", "{\"caseId\":\"url-shortener\",\"durationSeconds\":30,"
                + "\"scenario\":\"failure\",\"component\":\"" + database + "\",\"design\":" + design + "}");

        assertThat(steady.statusCode()).as(steady.body()).isEqualTo(200);
        JsonNode run = json(steady);
        assertThat(run.has("ticks")).as("the series only when asked for").isFalse();
        assertThat(run.path("summary").path("latency").path("p99Ms").asDouble()).isPositive();
        assertThat(failure.statusCode()).as(failure.body()).isEqualTo(200);
        assertThat(json(failure).path("ticks").get(25).path("errorRate").asDouble()).isGreaterThan(0.05);
        assertThat(json(failure).path("summary").path("bottleneck").path("componentId").asString()).isEqualTo(database);
    }

    @Test
    void whatCannotBeSimulatedGetsA400ThatSaysWhy() throws Exception {
        String noClient = "{\"version\":1,\"components\":[{\"id\":\"db\",\"type\":\"sql-database\"}],\"connections\":[]}";
        String cycle = "{\"version\":1,\"components\":[{\"id\":\"web\",\"type\":\"web-client\"},"
                + "{\"id\":\"a\",\"type\":\"app-server\"},{\"id\":\"b\",\"type\":\"app-server\"}],"
                + "\"connections\":[{\"from\":\"web\",\"to\":\"a\",\"mode\":\"sync\"},"
                + "{\"from\":\"a\",\"to\":\"b\",\"mode\":\"sync\"},{\"from\":\"b\",\"to\":\"a\",\"mode\":\"sync\"}]}";

        assertProblem(simulate("{\"design\":" + noClient + "}"), 400, "client");
        assertProblem(simulate("{\"design\":" + cycle + "}"), 400, "cycle");
        String valid = "{\"version\":1,\"components\":[{\"id\":\"web\",\"type\":\"web-client\"},"
                + "{\"id\":\"a\",\"type\":\"app-server\"}],\"connections\":[{\"from\":\"web\",\"to\":\"a\",\"mode\":\"sync\"}]}";
        assertProblem(simulate("{\"peakRequestsPerSecond\":1e12,\"design\":" + valid + "}"), 400,
                "peak load must be above 0 and at most 1,000,000,000");
        assertProblem(simulate("{\"design\":" + valid.replace("\"type\":\"app-server\"",
                "\"type\":\"app-server\",\"properties\":{\"capacityPerInstance\":0}") + "}"), 400, "zero capacity");
        assertProblem(simulate("{\"design\":" + valid.replace("\"type\":\"app-server\"",
                "\"type\":\"cache\",\"properties\":{\"hitRatio\":1.5}") + "}"), 400, "'hitRatio' of the component 'a' is 1.5");
        assertProblem(simulate("{\"caseId\":\"no-such-case\",\"design\":" + valid + "}"), 404, "no-such-case");
        assertProblem(simulate("{\"scenario\":{},\"design\":" + valid + "}"), 400, "must be a string");
        assertProblem(simulate("{\"scenario\":\"meteor\",\"design\":" + noClient + "}"), 400, "meteor");
        assertProblem(simulate("{\"scenario\":\"steady\"}"), 400, "needs a");
        assertProblem(simulate("not json"), 400, "not valid JSON");
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheThreeOperations() throws Exception {
        var response = send(get("/api/v1/openapi.json").build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json(response).path("paths");
        assertThat(paths.has("/api/v1/cases")).isTrue();
        assertThat(paths.has("/api/v1/catalog")).isTrue();
        assertThat(paths.has("/api/v1/cases/{caseId}/score")).isTrue();
        assertThat(paths.has("/api/v1/simulate")).isTrue();
    }

    @Test
    void aPersonCreatesATokenOnTheirProfileUsesItAndRevokesIt() throws Exception {
        signedIn("tomas", PASSPHRASE);
        page.getByLabel("Account of tomas").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("API tokens")).click();
        field("Name").fill("Nightly report");
        button("Create token").click();

        Locator secretField = page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true));
        expect(secretField).hasValue(
                Pattern.compile("^dcp_.{40,}"));
        String secret = secretField.inputValue();
        button("Done").click();

        assertThat(send(authorized("/api/v1/cases", secret).GET().build()).statusCode()).isEqualTo(200);
        expect(page.getByText("Nightly report", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Nightly report")).click();
        expect(page.getByText(Pattern.compile("^Revoked Nightly report\\."))).isVisible();
        expect(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Nightly report"))).hasCount(0);
        assertThat(send(authorized("/api/v1/cases", secret).GET().build()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> simulate(String body) throws Exception {
        return simulate("/api/v1/simulate", body);
    }

    private HttpResponse<String> simulate(String path, String body) throws Exception {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> score(String caseId, String body, String query) throws Exception {
        return send(authorized("/api/v1/cases/" + caseId + "/score" + query)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    private static String design(String components) {
        return "{\"version\":1,\"components\":[" + components + "],\"connections\":[]}";
    }

    private void assertProblem(HttpResponse<String> response, int status, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(text);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path)).GET();
    }

    private HttpRequest.Builder authorized(String path) {
        return authorized(path, token);
    }

    private HttpRequest.Builder authorized(String path, String secret) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path))
                .header("Authorization", "Bearer " + secret);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return DesignJson.MAPPER.readTree(response.body());
    }
}
