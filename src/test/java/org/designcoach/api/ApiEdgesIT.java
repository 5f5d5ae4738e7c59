package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.designcoach.TestAccounts;
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
 * The API's edges over real HTTP, as a careful client meets them: wrong method, wrong media type,
 * unknown address and absurd numbers are each a problem document with the right status, and none
 * of them creates a session or sends the caller to the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-edges;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase",
        "designcoach.api.requests-per-minute=1000"})
class ApiEdgesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String TWO_SERVERS = "{\"version\":1,\"components\":[{\"id\":\"web\",\"type\":\"web-client\"},"
            + "{\"id\":\"api\",\"type\":\"app-server\",\"instances\":%s}],"
            + "\"connections\":[{\"from\":\"web\",\"to\":\"api\",\"mode\":\"sync\"}]}";

    @LocalServerPort
    private int port;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApiTokenService tokens;

    private String token;

    @BeforeEach
    void aLearnerHasAToken() {
        try {
            accounts.register("edgar", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
        } catch (AccountException alreadyThere) {
            // registered by an earlier test of this class
        }
        TestAccounts.signInAs("edgar");
        token = tokens.create("edges " + System.nanoTime()).secret();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWrongMethodIsA405ProblemThatNamesTheMethodsTheAddressTakes() throws Exception {
        HttpResponse<String> delete = send(call("/api/v1/cases").DELETE());
        HttpResponse<String> get = send(call("/api/v1/simulate").GET());

        assertProblem(delete, 405, "/api/v1/cases does not take DELETE; it takes GET");
        assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertProblem(get, 405, "/api/v1/simulate does not take GET; it takes POST");
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIsA415Problem() throws Exception {
        HttpResponse<String> text = send(call("/api/v1/simulate").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"design\":" + TWO_SERVERS.formatted(1) + "}")));
        HttpResponse<String> xml = send(call("/api/v1/cases/url-shortener/score").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<design/>")));

        assertProblem(text, 415, "This call takes a JSON body: send it with 'Content-Type: application/json'");
        assertProblem(xml, 415, "Content-Type: application/json");
    }

    @Test
    void askingForAnythingButJsonIsA406Problem() throws Exception {
        assertProblem(send(call("/api/v1/cases").header("Accept", "text/html").GET()), 406, "answers in JSON only");
    }

    @Test
    void anUnknownApiAddressIsA404ProblemAndNoSessionIsMade() throws Exception {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v1/cases/url-shortener", "/api/v2/cases",
                "/api/v1/cases/url-shortener/score/extra"}) {
            HttpResponse<String> response = send(call(path).GET());

            assertProblem(response, 404, "There is no API call at GET " + path);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void withoutATokenAnUnknownApiAddressIsRefusedAs401WithoutASessionOrARedirect() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/nothing-here")).GET());

        assertProblem(response, 401, "Authorization: Bearer");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aComponentWithAnAbsurdNumberOfInstancesIsA400ThatNamesTheFieldOnScoreAndSimulate() throws Exception {
        for (String instances : new String[] {"1e19", "-1e19", "1e400", "123456789012345678901234567890"}) {
            String design = TWO_SERVERS.formatted(instances);

            assertProblem(post("/api/v1/cases/url-shortener/score", design), 400, "/components/1/instances");
            assertProblem(post("/api/v1/simulate", "{\"design\":" + design + "}"), 400, "/components/1/instances");
        }
        for (String instances : new String[] {"0", "-3", "2.5", "10001", "\"3\"", "true", "[]"}) {
            String design = TWO_SERVERS.formatted(instances);

            assertProblem(post("/api/v1/cases/url-shortener/score", design), 400, "/components/1/instances");
            assertProblem(post("/api/v1/simulate", "{\"design\":" + design + "}"), 400, "/components/1/instances");
        }
    }

    @Test
    void absurdNumbersAroundTheDesignAreRefusedWithTheirFieldNamed() throws Exception {
        String design = TWO_SERVERS.formatted(2);
        String[][] cases = {
                {"peakRequestsPerSecond", "1e19", "peak load"},
                {"peakRequestsPerSecond", "-5", "peak load"},
                {"peakRequestsPerSecond", "1e400", "peak load"},
                {"durationSeconds", "1e19", "\"durationSeconds\""},
                {"durationSeconds", "-1", "\"durationSeconds\""},
                {"readFraction", "1e400", "\"readFraction\""},
                {"readFraction", "-0.5", "\"readFraction\""}};
        for (String[] bad : cases) {
            assertProblem(post("/api/v1/simulate", "{\"" + bad[0] + "\":" + bad[1] + ",\"design\":" + design + "}"),
                    400, bad[2]);
        }
        assertProblem(post("/api/v1/simulate", "{\"scenario\":\"failure\",\"component\":\"api\",\"instances\":1e19,"
                + "\"design\":" + design + "}"), 400, "\"instances\"");
        assertProblem(post("/api/v1/cases/url-shortener/score?peakQps=1e19", design), 400, "peakQps");
        assertProblem(post("/api/v1/cases/url-shortener/score?peakQps=NaN", design), 400, "peakQps");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(call(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder call(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = DesignJson.MAPPER.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString() + " " + problem.path("problems")).contains(detail);
    }
}
