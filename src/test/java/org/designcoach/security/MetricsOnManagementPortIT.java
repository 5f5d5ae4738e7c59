package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A site that keeps the actuator on a port of its own may let its scraper in there without a credential. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:metrics-port;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "management.server.port=0",
        "designcoach.metrics.open-on-management-port=true"})
class MetricsOnManagementPortIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int applicationPort;

    @LocalManagementPort
    private int managementPort;

    @Test
    void theMetricsAreOpenOnTheManagementPortAndTheOtherEndpointsStayClosed() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");

        assertThat(get(managementPort, "/actuator/info").statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void theApplicationsPortServesNoMetrics() throws Exception {
        HttpResponse<String> scrape = get(applicationPort, "/actuator/prometheus");

        assertThat(scrape.body()).doesNotContain("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
