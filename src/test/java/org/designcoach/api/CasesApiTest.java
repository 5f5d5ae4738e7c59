package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.designcoach.TestAccounts;
import org.designcoach.design.DesignJson;
import org.designcoach.content.ContentService;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The API's answers to bad calls, through the real security filters and error mapping but without
 * a server or a browser (ApiIT covers the same over real HTTP).
 */
@SpringBootTest
@Transactional
@Tag("database")
class CasesApiTest {

    private static final String TWO_COMPONENTS = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server"}],
             "connections": [%s]}""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApiTokenService tokens;

    @Autowired
    private ApiRateLimit rateLimit;

    @Autowired
    private ContentService content;

    private MockMvcTester mvc;
    private String token = "";

    @BeforeEach
    void aLearnerHasAToken() {
        // Built by hand, not with @AutoConfigureMockMvc, so that the tests share the usual Spring context.
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("lena");
        token = tokens.create("tests").secret();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void textThatIsNotJsonGetsA400ProblemThatSaysWhere() {
        var result = score("url-shortener", "{\"version\": 1,\n oops}");

        assertProblem(result, 400, "Invalid design");
        assertThat(problems(result).get(0).asString()).startsWith("This is not valid JSON at line 2");
    }

    @Test
    void aBodyOverTheLimitGetsA400NotA413() {
        var result = score("url-shortener", "{\"pad\": \"" + "x".repeat(600 * 1024) + "\"}");

        assertProblem(result, 400, "Invalid design");
        assertThat(problems(result).get(0).asString()).contains("larger than 512 KB");
    }

    @Test
    void anInvalidDesignGetsA400ThatListsEveryProblem() {
        String design = """
                {"version": 1,
                 "components": [{"id": "x", "type": "teleporter"}, {"id": "y", "type": "cache", "label": "<b>y</b>"}],
                 "connections": [{"from": "x", "to": "ghost", "mode": "sync"}]}""";

        var result = score("url-shortener", design);

        assertProblem(result, 400, "Invalid design");
        assertThat(problems(result).valueStream().map(JsonNode::asString))
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("'teleporter'"))
                .anySatisfy(p -> assertThat(p).contains("HTML markup"))
                .anySatisfy(p -> assertThat(p).contains("'ghost'"));
    }

    @Test
    void anArrowDrawnTwiceIsRefused() {
        String arrow = "{\"from\": \"web\", \"to\": \"api\", \"mode\": \"sync\"}";

        var result = score("url-shortener", TWO_COMPONENTS.formatted(arrow + ", " + arrow));

        assertProblem(result, 400, "Invalid design");
        assertThat(problems(result).get(0).asString()).contains("web → api", "appears twice");
    }

    @Test
    void anEmptyDesignIsScoredAsNothingDrawn() {
        var result = score("url-shortener", "{\"version\": 1, \"components\": [], \"connections\": []}");

        assertThat(result).hasStatusOk();
        JsonNode body = json(result);
        assertThat(body.path("overall").asInt()).isZero();
        assertThat(body.path("findings").get(0).path("rule").asString()).isEqualTo("nothing-drawn");
    }

    @Test
    void aValidDesignIsScoredWithALinkToEachFindingsConcept() {
        String design = DesignJson.compact(content.caseStudy("url-shortener").orElseThrow().architecture());

        var result = score("url-shortener", design);

        assertThat(result).hasStatusOk();
        JsonNode finding = json(result).path("findings").get(0);
        assertThat(finding.path("conceptUrl").asString())
                .isEqualTo("http://localhost/concepts/" + finding.path("concept").asString());
    }

    @Test
    void anUnknownCaseGetsA404ThatSaysWhereTheCasesAre() {
        var result = score("no-such-case", TWO_COMPONENTS.formatted(""));

        assertProblem(result, 404, "Unknown case");
        assertThat(json(result).path("detail").asString()).contains("no-such-case", "GET /api/v1/cases");
    }

    @Test
    void aPeakLoadOutOfRangeGetsA400() {
        var result = mvc.post().uri("/api/v1/cases/url-shortener/score?peakQps=-5")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(TWO_COMPONENTS.formatted("")).exchange();

        assertProblem(result, 400, "Invalid parameter");
    }

    @Test
    void aCallWithoutATokenGetsA401ThatSaysWhatToSend() {
        var result = mvc.get().uri("/api/v1/cases").exchange();

        assertThat(result).hasStatus(401);
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json(result).path("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void aRevokedTokenGetsA401() {
        TestAccounts.signInAs("lena");
        tokens.revoke(tokens.mine().getFirst().id());
        SecurityContextHolder.clearContext();

        var result = mvc.get().uri("/api/v1/cases").header("Authorization", "Bearer " + token).exchange();

        assertThat(result).hasStatus(401);
        assertThat(json(result).path("detail").asString()).contains("unknown or revoked");
    }

    @Test
    void aTokenThatCallsTooOftenGetsA429WithWhenToTryAgain() {
        int accepted = 0;
        MvcTestResult last = catalog();
        // The bucket refills one call each 60/perMinute seconds, so a slow machine gets a few more in.
        while (last.getResponse().getStatus() == 200 && accepted < 2 * rateLimit.perMinute()) {
            accepted++;
            last = catalog();
        }

        assertThat(accepted).isGreaterThanOrEqualTo(rateLimit.perMinute());
        assertThat(last).hasStatus(429);
        assertThat(last.getResponse().getHeader("Retry-After")).matches("\\d+");
        assertThat(json(last).path("detail").asString()).contains(rateLimit.perMinute() + " calls a minute");
    }

    private MvcTestResult catalog() {
        return mvc.get().uri("/api/v1/catalog").header("Authorization", "Bearer " + token).exchange();
    }

    @Test
    void theOpenApiDocumentDescribesTheDesignBodyAndTheConceptLink() {
        var result = mvc.get().uri(ApiSecurityConfig.OPENAPI_PATH).exchange();

        assertThat(result).hasStatusOk();
        JsonNode document = json(result);
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        JsonNode body = document.path("paths").path("/api/v1/cases/{caseId}/score").path("post").path("requestBody")
                .path("content").path("application/json").path("schema");
        assertThat(body.path("$ref").asString()).isEqualTo(DesignSchemaDocumentation.REF);
        JsonNode design = document.path("components").path("schemas").path(DesignSchemaDocumentation.NAME);
        assertThat(design.path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("version", "components", "connections");
        assertThat(design.path("properties").path("connections").path("items").path("properties").path("mode")
                .path("enum").valueStream().map(JsonNode::asString)).containsExactly("sync", "async");
        assertThat(design.has("$id")).isFalse();
        assertThat(document.path("components").path("schemas").path("FindingResult").path("properties")
                .has("conceptUrl")).isTrue();
        assertThat(document.path("components").path("schemas").path("SummaryResult").path("properties")
                .has("costs")).as("the simulate summary documents its bill").isTrue();
        JsonNode cost = document.path("components").path("schemas").path("ComponentCost").path("properties");
        for (String field : new String[] {"componentId", "type", "instances", "unitMonthlyCost", "monthlyCost"}) {
            assertThat(cost.has(field)).as("ComponentCost." + field).isTrue();
        }
    }

    private MvcTestResult score(String caseId, String body) {
        return mvc.post().uri("/api/v1/cases/{caseId}/score", caseId).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static void assertProblem(MvcTestResult result, int status, String title) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(result).path("title").asString()).isEqualTo(title);
    }

    private static JsonNode problems(MvcTestResult result) {
        return json(result).path("problems");
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return DesignJson.MAPPER.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
