import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The container's health check, run with Java's source launcher so that the runtime image needs
 * no curl or wget: exits 0 when the readiness probe answers 200. The probe is asked on the
 * management port when one is set, since the actuator then answers there and not on the
 * application's port.
 */
public class HealthCheck {

    public static void main(String[] args) throws Exception {
        var request = HttpRequest.newBuilder(readiness(System.getenv()))
                .timeout(Duration.ofSeconds(3))
                .build();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        System.exit(status == 200 ? 0 : 1);
    }

    static URI readiness(Map<String, String> environment) {
        String port = environment.getOrDefault("MANAGEMENT_SERVER_PORT", "").isBlank()
                ? environment.getOrDefault("PORT", "8080")
                : environment.get("MANAGEMENT_SERVER_PORT");
        return URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
    }
}
