package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Random;
import org.designcoach.content.ContentService;
import org.designcoach.design.DesignJson;
import org.designcoach.traffic.BusySimulations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/simulate without a browser or a port: the controller, its error mapping and the simulator.
 * The token filter is left out (ApiIT covers it); the caller is a signed-in learner.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class SimulateApiTest {

    private static final String TWO_SERVERS = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"},
                            {"id": "api", "type": "app-server", "instances": 3},
                            {"id": "db", "type": "sql-database"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync"}, {"from": "api", "to": "db", "mode": "sync"}]}""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private ContentService content;

    private MockMvc mvc;

    @BeforeEach
    void theApiIsReachable() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsRefusedWithItsNameAndNeverAsAServerError() throws Exception {
        for (String field : new String[] {"caseId", "scenario", "component"}) {
            for (String wrong : new String[] {"{}", "[1]", "5", "true"}) {
                assertProblem(simulate("{\"" + field + "\":" + wrong + ",\"design\":" + TWO_SERVERS + "}"), 400,
                        "\"" + field + "\" must be a string");
            }
        }
        for (String field : new String[] {"peakRequestsPerSecond", "durationSeconds", "instances", "readFraction"}) {
            for (String wrong : new String[] {"{}", "[1]", "\"many\"", "true"}) {
                assertProblem(simulate("{\"" + field + "\":" + wrong + ",\"design\":" + TWO_SERVERS + "}"), 400,
                        "\"" + field + "\" must be a number");
            }
        }
        assertProblem(simulate("{\"design\": [1, 2]}"), 400, "");
        assertProblem(simulate("{\"design\": \"a drawing\"}"), 400, "");
    }

    @Test
    void anUnknownCaseIsNotFoundAsWhenScoring() throws Exception {
        assertProblem(simulate("{\"caseId\":\"no-such-case\",\"design\":" + TWO_SERVERS + "}"), 404,
                "There is no case with the id 'no-such-case'");
    }

    @Test
    void aLoadOutsideTheSimulatorsRangeIsRefusedInReadableDigits() throws Exception {
        assertProblem(simulate("{\"peakRequestsPerSecond\":1e12,\"design\":" + TWO_SERVERS + "}"), 400,
                "The peak load must be above 0 and at most 1,000,000,000 requests a second; it was 1,000,000,000,000.");
        assertProblem(simulate("{\"peakRequestsPerSecond\":0,\"design\":" + TWO_SERVERS + "}"), 400, "peak load");
    }

    @Test
    void zeroCapacityAndAHitRatioAboveOneAreExplained() throws Exception {
        assertProblem(simulate("{\"design\":" + TWO_SERVERS.replace("\"instances\": 3",
                "\"instances\": 3, \"properties\": {\"capacityPerInstance\": 0}") + "}"),
                400, "zero capacity");
        String cache = TWO_SERVERS.replace("{\"id\": \"db\", \"type\": \"sql-database\"}",
                "{\"id\": \"db\", \"type\": \"cache\", \"properties\": {\"hitRatio\": 1.5}}");
        assertProblem(simulate("{\"design\":" + cache + "}"), 400, "'hitRatio' of the component 'db' is 1.5");
    }

    @Test
    void instancesAndReadFractionAreCheckedAndEchoed() throws Exception {
        assertProblem(simulate("{\"scenario\":\"failure\",\"component\":\"api\",\"instances\":0,\"design\":"
                + TWO_SERVERS + "}"), 400, "\"instances\" must be a whole number of 1 or more");
        assertProblem(simulate("{\"scenario\":\"failure\",\"component\":\"api\",\"instances\":1.5,\"design\":"
                + TWO_SERVERS + "}"), 400, "whole number");
        assertProblem(simulate("{\"instances\":1,\"design\":" + TWO_SERVERS + "}"), 400, "failure scenario only");
        assertProblem(simulate("{\"readFraction\":1.5,\"design\":" + TWO_SERVERS + "}"), 400, "\"readFraction\"");

        JsonNode run = json(simulate("{\"peakRequestsPerSecond\":500,\"readFraction\":0.25,\"durationSeconds\":20,"
                + "\"design\":" + TWO_SERVERS + "}"));
        assertThat(run.path("request").path("readFraction").asDouble()).isEqualTo(0.25);
        assertThat(run.path("request").path("peakRequestsPerSecond").asDouble()).isEqualTo(500);
    }

    @Test
    void theSummaryBillsEachComponentAndItsRowsAddUpToTheMonthlyCost() throws Exception {
        JsonNode summary = json(simulate("{\"peakRequestsPerSecond\":100,\"durationSeconds\":5,\"design\":"
                + TWO_SERVERS + "}")).path("summary");

        JsonNode costs = summary.path("costs");
        assertThat(costs.isArray()).isTrue();
        double sum = 0;
        for (JsonNode row : costs) {
            assertThat(row.path("componentId").asString()).isIn("api", "db");
            assertThat(row.path("monthlyCost").asDouble())
                    .isEqualTo(row.path("instances").asInt() * row.path("unitMonthlyCost").asDouble());
            sum += row.path("monthlyCost").asDouble();
        }
        assertThat(costs.size()).as("one row per component, clients left out").isEqualTo(2);
        assertThat(summary.path("monthlyCost").asDouble()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void byDefaultALongRunOfALargeDesignIsAnsweredInKilobytesAndEverySecondOnlyWhenAskedFor() throws Exception {
        // 300 components and 595 arrows: 550 s is about the longest run the simulator's work limit allows.
        String body = "{\"peakRequestsPerSecond\":500,\"durationSeconds\":550,\"design\":" + wide(297) + "}";

        var compact = simulate(body);
        var chart = simulate(body, "chart");
        var full = simulate(body, "full");

        int compactBytes = compact.getContentAsByteArray().length;
        int chartBytes = chart.getContentAsByteArray().length;
        int fullBytes = full.getContentAsByteArray().length;
        System.out.printf("300 components, 550 s: the API answers %,d bytes by default, %,d with series=chart and "
                + "%,d with series=full%n", compactBytes, chartBytes, fullBytes);
        JsonNode summary = json(compact);
        assertThat(summary.has("ticks")).isFalse();
        assertThat(summary.has("chart")).isFalse();
        assertThat(summary.path("request").path("series").asString()).isEqualTo("summary");
        assertThat(summary.path("summary").path("stations").size()).as("one station per component but the client")
                .isEqualTo(299);
        assertThat(compactBytes).isLessThan(300 * 1024);
        assertThat(chartBytes).isLessThan(fullBytes / 2);
        JsonNode everySecond = json(full);
        assertThat(everySecond.path("ticks").size()).isEqualTo(550);
        assertThat(everySecond.path("request").path("series").asString()).isEqualTo("full");
        assertThat(everySecond.path("summary")).isEqualTo(summary.path("summary"));
        assertThat(fullBytes).isGreaterThan(10 * compactBytes);
    }

    @Test
    void theChartSeriesKeepsTheWorstSecondOfEachPointAndTheMeanThroughput() throws Exception {
        String body = "{\"peakRequestsPerSecond\":500,\"durationSeconds\":600,\"scenario\":\"spike\",\"design\":"
                + TWO_SERVERS + "}";
        JsonNode full = json(simulate(body, "full"));
        JsonNode chart = json(simulate(body, "chart")).path("chart");

        assertThat(chart.path("secondsPerPoint").asInt()).isEqualTo(3);
        assertThat(chart.path("points").size()).isEqualTo(200);
        assertThat(chart.path("utilisation").path("api").size()).isEqualTo(200);
        assertThat(chart.path("flow").path("web->api").size()).isEqualTo(200);
        JsonNode ticks = full.path("ticks");
        for (int point = 0; point < 200; point++) {
            JsonNode drawn = chart.path("points").get(point);
            double worstP99 = 0;
            double worstUse = 0;
            double throughput = 0;
            for (int second = 3 * point; second < 3 * point + 3; second++) {
                worstP99 = Math.max(worstP99, ticks.get(second).path("latency").path("p99Ms").asDouble());
                worstUse = Math.max(worstUse, ticks.get(second).path("utilisation").path("api").asDouble());
                throughput += ticks.get(second).path("throughputRps").asDouble() / 3;
            }
            assertThat(drawn.path("firstSecond").asInt()).isEqualTo(3 * point);
            assertThat(drawn.path("lastSecond").asInt()).isEqualTo(3 * point + 2);
            assertThat(drawn.path("latency").path("p99Ms").asDouble()).isEqualTo(worstP99);
            assertThat(chart.path("utilisation").path("api").get(point).asDouble()).isEqualTo(worstUse);
            assertThat(drawn.path("throughputRps").asDouble()).isCloseTo(throughput, within(1e-9));
        }
        double peakP99 = ticks.valueStream().mapToDouble(t -> t.path("latency").path("p99Ms").asDouble()).max()
                .orElseThrow();
        assertThat(chart.path("points").valueStream().mapToDouble(p -> p.path("latency").path("p99Ms").asDouble())
                .max().orElseThrow()).as("the spike's worst second survives the thinning").isEqualTo(peakP99);
    }

    @Test
    void aSeriesFormThatDoesNotExistIsRefusedByName() throws Exception {
        assertProblem(simulate("{\"design\":" + TWO_SERVERS + "}", "everything"), 400,
                "\"series\" must be summary, chart or full; it was 'everything'.");
    }

    @Test
    void failingSomeInstancesLeavesTheRestServingWhileFailingAllTakesTheComponentDown() throws Exception {
        String some = "{\"peakRequestsPerSecond\":500,\"durationSeconds\":30,\"scenario\":\"failure\","
                + "\"component\":\"api\",\"instances\":2,\"design\":" + TWO_SERVERS + "}";
        JsonNode oneLeft = json(simulate(some, "full"));
        JsonNode noneLeft = json(simulate(some.replace("\"instances\":2,", ""), "full"));

        assertThat(oneLeft.path("request").path("instancesThatFail").asInt()).isEqualTo(2);
        assertThat(oneLeft.path("ticks").get(25).path("down").isEmpty()).isTrue();
        assertThat(oneLeft.path("ticks").get(25).path("utilisation").path("api").isNumber()).isTrue();
        assertThat(noneLeft.path("request").path("instancesThatFail").isNull()).isTrue();
        assertThat(noneLeft.path("ticks").get(25).path("down").toString()).contains("\"api\"");
    }

    @Test
    void aComponentThatIsDownHasNoUtilisationAndIsMarkedDownInsteadOfInfinity() throws Exception {
        var response = simulate("{\"peakRequestsPerSecond\":500,\"durationSeconds\":30,\"scenario\":\"failure\","
                + "\"component\":\"db\",\"design\":" + TWO_SERVERS + "}", "full");
        JsonNode run = json(response);

        assertThat(response.getContentAsString()).doesNotContain("Infinity");
        assertThat(run.path("ticks").get(25).path("utilisation").get("db").isNull()).isTrue();
        assertThat(run.path("ticks").get(5).path("utilisation").get("db").isNumber()).isTrue();
        JsonNode database = run.path("summary").path("stations").valueStream()
                .filter(s -> s.path("componentId").asString().equals("db")).findFirst().orElseThrow();
        assertThat(database.path("down").asBoolean()).isTrue();
        assertThat(database.path("busiestSecond").path("utilisation").isNull()).isTrue();
        assertThat(run.path("summary").path("bottleneck").path("down").asBoolean()).isTrue();
    }

    @Test
    void eachSecondCarriesWhatEveryArrowCarriedAndALightLoadNamesTheBusiestComponentButNoBottleneck()
            throws Exception {
        JsonNode run = json(simulate("{\"peakRequestsPerSecond\":100,\"durationSeconds\":30,\"readFraction\":0.5,"
                + "\"design\":" + TWO_SERVERS + "}", "full"));

        JsonNode second = run.path("ticks").get(10);
        assertThat(second.path("flow").path("web->api").asDouble()).isCloseTo(100, within(1.0));
        assertThat(second.path("flow").path("api->db").asDouble()).isPositive();
        assertThat(second.path("backlog").has("db")).isTrue();
        assertThat(run.path("summary").path("bottleneck").isNull()).isTrue();
        assertThat(run.path("summary").path("busiest").path("componentId").asString()).isNotEmpty();
    }

    @Test
    void theTextbookServerReportsItsMeansOverTheRunAndItsBusiestSecondApart() throws Exception {
        String design = """
                {"version": 1,
                 "components": [{"id": "web", "type": "web-client"},
                                {"id": "api", "type": "app-server",
                                 "properties": {"capacityPerInstance": 100, "serviceTimeMs": 10}}],
                 "connections": [{"from": "web", "to": "api", "mode": "sync"}]}""";
        JsonNode run = json(simulate("{\"peakRequestsPerSecond\":80,\"durationSeconds\":60,\"design\":" + design
                + "}"));

        JsonNode api = run.path("summary").path("stations").get(0);
        assertThat(api.path("meanUtilisation").asDouble()).isCloseTo(0.8, within(0.016));
        assertThat(api.path("meanResponseMs").asDouble()).isCloseTo(50, within(1.0));
        assertThat(api.path("concurrency").asInt()).isEqualTo(1);
        assertThat(api.path("busiestSecond").path("utilisation").asDouble()).isCloseTo(0.8, within(0.016));
        assertThat(run.path("summary").path("bottleneck").path("utilisation").asDouble()).isCloseTo(0.8,
                within(0.016));
        assertThat(run.path("request").path("poissonArrivals").asBoolean()).isFalse();
        assertThat(run.path("summary").path("messageDelay").isNull()).isTrue();
    }

    @Test
    void poissonArrivalsAreAskedForByNameAndAnythingButABooleanIsRefused() throws Exception {
        JsonNode run = json(simulate("{\"peakRequestsPerSecond\":80,\"durationSeconds\":20,"
                + "\"poissonArrivals\":true,\"design\":" + TWO_SERVERS + "}"));

        assertThat(run.path("request").path("poissonArrivals").asBoolean()).isTrue();
        assertProblem(simulate("{\"poissonArrivals\":\"yes\",\"design\":" + TWO_SERVERS + "}"), 400,
                "\"poissonArrivals\" must be true or false");
    }

    @Test
    void zoneAndRegionFailuresAreListedAmongTheScenarios() throws Exception {
        assertProblem(simulate("{\"scenario\":\"meteor\",\"design\":" + TWO_SERVERS + "}"), 400,
                "zone_failure, region_failure");
    }

    @Test
    void randomBodiesNeverCauseAServerError() throws Exception {
        Random random = new Random(11L);
        String design = DesignJson.compact(content.caseStudy("url-shortener").orElseThrow().architecture());
        String base = "{\"caseId\":\"url-shortener\",\"durationSeconds\":10,\"scenario\":\"failure\","
                + "\"component\":\"db\",\"instances\":1,\"readFraction\":0.8,\"design\":" + design + "}";
        String[] fragments = {"{}", "[1]", "\"x\"", "null", "true", "-1", "1e400", ":", ","};
        for (int i = 0; i < 60; i++) {
            StringBuilder body = new StringBuilder(base);
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                int at = random.nextInt(body.length());
                String insert = random.nextBoolean() ? fragments[random.nextInt(fragments.length)]
                        : String.valueOf((char) (32 + random.nextInt(90)));
                body.replace(at, Math.min(body.length(), at + random.nextInt(10)), insert);
            }
            assertThat(simulate(body.toString()).getStatus()).as(body.toString()).isIn(200, 400, 404);
        }
    }

    @Test
    void aPersonWhoseSimulationsTakeEverySlotIsToldToRetryLaterAndMayRunOnceOneEnds() throws Exception {
        String body = "{\"peakRequestsPerSecond\":100,\"durationSeconds\":5,\"design\":" + TWO_SERVERS + "}";
        try (var runningElsewhere = BusySimulations.takeEverySlot(context, "lena")) {
            MockHttpServletResponse refused = simulate(body);

            assertProblem(refused, 429, "simulations running, the most one person may run at once");
            assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        }

        assertThat(simulate(body).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse simulate(String body) throws Exception {
        return mvc.perform(post("/api/v1/simulate").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse simulate(String body, String series) throws Exception {
        return mvc.perform(post("/api/v1/simulate").queryParam("series", series)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    /** Users, a gateway, {@code services} services behind it and one database behind them all. */
    private static String wide(int services) {
        StringBuilder components = new StringBuilder("{\"id\": \"users\", \"type\": \"web-client\"}, "
                + "{\"id\": \"gateway\", \"type\": \"app-server\", \"instances\": 20}, "
                + "{\"id\": \"db\", \"type\": \"sql-database\", \"instances\": 4}");
        StringBuilder connections = new StringBuilder("{\"from\": \"users\", \"to\": \"gateway\", \"mode\": \"sync\"}");
        for (int i = 0; i < services; i++) {
            components.append(", {\"id\": \"service-").append(i).append("\", \"type\": \"app-server\", \"instances\": 2}");
            connections.append(", {\"from\": \"gateway\", \"to\": \"service-").append(i).append("\", \"mode\": \"sync\"}")
                    .append(", {\"from\": \"service-").append(i).append("\", \"to\": \"db\", \"mode\": \"sync\"}");
        }
        return "{\"version\": 1, \"components\": [" + components + "], \"connections\": [" + connections + "]}";
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return DesignJson.MAPPER.readTree(response.getContentAsString());
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String text) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(DesignJson.MAPPER.readTree(response.getContentAsString()).path("detail").asString()).contains(text);
    }
}
