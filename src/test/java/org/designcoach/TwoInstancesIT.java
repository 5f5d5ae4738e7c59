package org.designcoach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the built application on one PostgreSQL database, started at the same moment on
 * an empty schema, behind a real nginx with the configuration the README documents
 * ({@code docs/hosting/nginx.conf}). A learner signs in through nginx and types a stage; the instance
 * that served them stops; the test shows what the learner then sees: the sign-in page, and after it
 * everything they had typed. Runs where PostgreSQL and nginx are (CI's PostgreSQL step); elsewhere it
 * is skipped and says why.
 */
class TwoInstancesIT extends BrowserTest {

    private static final String LEARNER = "tomas";
    private static final String PASSPHRASE = "violet canal morning";
    private static final String REQUIREMENTS = "Functional requirements (one per line)";
    private static final String TYPED = "Shorten a long URL\nRedirect a short link to its URL";
    private static final String SCHEMA = "two_instances";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @TempDir
    static Path folder;

    private static final Map<String, Instance> INSTANCES = new java.util.LinkedHashMap<>();
    private static Process nginx;
    private static int publicPort;

    private record Instance(int port, Process process, Path log) {
    }

    @BeforeAll
    static void twoInstancesBehindNginx() throws Exception {
        String database = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");
        Assumptions.assumeTrue(database.startsWith("jdbc:postgresql:"),
                "needs PostgreSQL in SPRING_DATASOURCE_URL (CI's PostgreSQL step runs it)");
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        Assumptions.assumeTrue(Files.isExecutable(nginxBinary), "needs nginx (apt-get install nginx)");
        Path jar = applicationJar();
        String url = emptySchema(database);
        String adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

        for (String name : List.of("a", "b")) {
            int port = freePort();
            Path log = folder.resolve("instance-" + name + ".log");
            var command = new ProcessBuilder(javaBinary(), "-Xmx384m", "-jar", jar.toString(), "--server.port=" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            command.environment().putAll(Map.of("SPRING_DATASOURCE_URL", url,
                    "DESIGNCOACH_DATA_DIR", folder.resolve("data-" + name).toString(),
                    "DESIGNCOACH_ADMIN_USERNAME", "platform-admin", "DESIGNCOACH_ADMIN_PASSWORD", adminPassword,
                    "SERVER_FORWARD_HEADERS_STRATEGY", "native"));
            INSTANCES.put(name, new Instance(port, command.start(), log));
        }
        INSTANCES.values().forEach(TwoInstancesIT::awaitReady);

        publicPort = freePort();
        nginx = startNginx(nginxBinary);
    }

    @AfterAll
    static void stopEverything() {
        if (nginx != null) {
            nginx.destroy();
        }
        INSTANCES.values().forEach(instance -> instance.process().destroy());
    }

    @Override
    protected int port() {
        return publicPort;
    }

    @Test
    void aLearnerWhoseInstanceStopsSignsInAgainOnTheOtherAndFindsWhatTheyTyped() throws Exception {
        register();
        signedIn(LEARNER, PASSPHRASE);
        page.navigate(url("/practise/url-shortener"));
        button("Start").click();
        page.waitForURL(Pattern.compile(".*/sessions/\\d+$"));
        String session = page.url();
        field(REQUIREMENTS).fill(TYPED);
        assertThat(page.getByText("All changes saved.")).isVisible();

        String servedBy = route(page.context());
        Instance stopped = INSTANCES.get(servedBy);
        stopped.process().destroy();
        assertThat(stopped.process().waitFor(60, TimeUnit.SECONDS)).as("the instance stops within a minute").isTrue();

        // The next thing the learner does reaches the other instance, which does not know their session.
        field("Non-functional requirements (one per line)").fill("Redirects within 100 ms");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"), new com.microsoft.playwright.assertions
                .PageAssertions.HasURLOptions().setTimeout(60_000));
        signedIn(LEARNER, PASSPHRASE);
        page.navigate(session);

        assertThat(field(REQUIREMENTS)).hasValue(TYPED);
        assertThat(route(page.context())).as("now served by the other instance").isNotEqualTo(servedBy);
    }

    private void register() {
        page.navigate(url("/register"));
        field("Username").fill(LEARNER);
        field("Password").fill(PASSPHRASE);
        field("Repeat the password").fill(PASSPHRASE);
        button("Create account").click();
        page.waitForURL(address -> !address.contains("/register"));
    }

    private static String route(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("dc_route")).map(cookie -> cookie.value)
                .filter(INSTANCES::containsKey).findFirst()
                .orElseThrow(() -> new AssertionError("nginx set no dc_route cookie naming an instance"));
    }

    /** The schema of this test only, dropped and made again, so that both instances start on nothing. */
    private static String emptySchema(String database) throws Exception {
        String user = System.getenv("SPRING_DATASOURCE_USERNAME");
        String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
        try (var connection = DriverManager.getConnection(database, user, password);
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        return database + (database.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static void awaitReady(Instance instance) {
        var http = HttpClient.newHttpClient();
        var readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port()
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!instance.process().isAlive()) {
                throw new IllegalStateException("An instance stopped while starting:\n" + tail(instance.log()));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: the wait goes on.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            pause();
        }
        throw new IllegalStateException("An instance was not ready within " + START_LIMIT + ":\n" + tail(instance.log()));
    }

    private static Process startNginx(Path binary) throws Exception {
        for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(folder.resolve("temp").resolve(temp));
        }
        String configuration = Files.readString(Path.of("docs/hosting/nginx.conf"))
                .replace("@PREFIX@", folder.toString()).replace("@PUBLIC@", String.valueOf(publicPort))
                .replace("@A@", String.valueOf(INSTANCES.get("a").port()))
                .replace("@B@", String.valueOf(INSTANCES.get("b").port()));
        if ("root".equals(System.getProperty("user.name"))) {
            // As root, nginx would hand its workers to "nobody", who may not write the test's folder.
            configuration = "user root;\n" + configuration;
        }
        Path file = folder.resolve("nginx.conf");
        Files.writeString(file, configuration);
        Process process = new ProcessBuilder(binary.toString(), "-p", folder.toString(), "-c", file.toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile())
                .start();
        Instant limit = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(folder.resolve("nginx.out")));
            }
            try (var probe = new java.net.Socket("127.0.0.1", publicPort)) {
                return process;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("nginx did not listen on " + publicPort);
    }

    private static Path applicationJar() throws IOException {
        try (var jars = Files.list(Path.of("target"))) {
            List<Path> found = new ArrayList<>(jars.filter(path -> path.getFileName().toString().matches(
                    "design-coach-.*\\.jar") && !path.getFileName().toString().endsWith("-plain.jar")).toList());
            Assumptions.assumeFalse(found.isEmpty(), "needs the packaged application (./mvnw package)");
            return found.getFirst();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
