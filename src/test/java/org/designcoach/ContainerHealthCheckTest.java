package org.designcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the container's health check script, as Docker does, against a stand-in for the actuator:
 * it must ask the port the actuator really answers on.
 */
class ContainerHealthCheckTest {

    private static final Path SCRIPT = Path.of("src/main/docker/HealthCheck.java");

    private HttpServer actuator;

    @BeforeEach
    void startActuator() throws IOException {
        actuator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        actuator.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        actuator.start();
    }

    @AfterEach
    void stopActuator() {
        actuator.stop(0);
    }

    @Test
    void theCheckAsksTheApplicationPortWhenNoManagementPortIsSet() throws Exception {
        assertThat(healthCheck(Map.of("PORT", actuatorPort()))).isZero();
    }

    @Test
    void theCheckAsksTheManagementPortWhenOneIsSet() throws Exception {
        assertThat(healthCheck(Map.of("PORT", closedPort(), "MANAGEMENT_SERVER_PORT", actuatorPort()))).isZero();
    }

    @Test
    void theCheckFailsWhenNothingAnswersOnThePortItAsks() throws Exception {
        assertThat(healthCheck(Map.of("PORT", actuatorPort(), "MANAGEMENT_SERVER_PORT", closedPort()))).isNotZero();
    }

    private String actuatorPort() {
        return String.valueOf(actuator.getAddress().getPort());
    }

    private static String closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        }
    }

    private static int healthCheck(Map<String, String> environment) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, SCRIPT.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("PORT");
        builder.environment().remove("MANAGEMENT_SERVER_PORT");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The health check did not finish within a minute");
        }
        return process.exitValue();
    }
}
