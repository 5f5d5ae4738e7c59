package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.security.SecureRandom;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:operations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=ops-admin",
        "designcoach.admin.password-file=src/test/resources/admin-password.txt"})
class OperationsEndpointsIT {

    /** Made for this run: no token lives in the repository. */
    private static final String SCRAPE_TOKEN = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void scrapeToken(DynamicPropertyRegistry properties) {
        properties.add("designcoach.metrics.token", () -> SCRAPE_TOKEN);
    }

    @LocalServerPort
    private int port;

    @Autowired
    private AccountService accounts;

    @Test
    void livenessAndReadinessAnswerWithoutSignInAndWithoutASession() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe, null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"UP\"");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void metricsAreForAdminsOnly() throws Exception {
        accounts.register("metrics-learner", "calm violet harbour", "calm violet harbour");

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "metrics-learner:calm violet harbour").statusCode()).isEqualTo(403);

        HttpResponse<String> asAdmin = get("/actuator/prometheus", "ops-admin:file based admin passphrase");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theScrapeTokenOpensTheMetricsAndNothingElse() throws Exception {
        HttpResponse<String> scrape = send("/actuator/prometheus", "Bearer " + SCRAPE_TOKEN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(scrape.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(send("/actuator/info", "Bearer " + SCRAPE_TOKEN).statusCode()).isEqualTo(403);
        assertThat(send("/actuator/prometheus", "Bearer " + SCRAPE_TOKEN.substring(1) + "x").statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return send(path, credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
