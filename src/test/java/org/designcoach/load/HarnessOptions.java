package org.designcoach.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The harness's options, from program arguments or, through Maven, the system property {@code load.args}. */
record HarnessOptions(URI url, int learners, int iterations, double minutes, long thinkMillis, double rampUpSeconds,
        long serverPid, String adminUser, String adminPassword, String prefix, String password, String caseId) {

    private static final Set<String> NAMES = Set.of("url", "learners", "iterations", "minutes", "think-time",
            "ramp-up", "server-pid", "admin-user", "admin-password", "prefix", "password", "case");

    static final String USAGE = """
            Options (as program arguments, or through Maven: -Dload.args="--learners 20 --minutes 5"):
              --url URL              the running instance (http://localhost:8080)
              --learners N           learners signed in at once (5)
              --iterations N         rounds of actions per learner (3), or
              --minutes M            keep going for M minutes instead
              --think-time MS        mean pause between two actions of one learner, in ms (1000)
              --ramp-up S            seconds over which the learners start (10)
              --server-pid PID       read the server's CPU time from /proc/PID/stat (same machine), or
              --admin-user U --admin-password P
                                     read it from /actuator/prometheus with an admin's credentials
              --prefix P             learners are P1, P2, ... (load); made on the register page if missing
              --password P           their password (load-harness-secret)
              --case ID              the case practised and designed against (url-shortener)
            """;

    static HarnessOptions parse(String[] args) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        String fromMaven = System.getProperty("load.args", "").strip();
        if (words.isEmpty() && !fromMaven.isEmpty()) {
            words.addAll(Arrays.asList(fromMaven.split("\\s+")));
        }
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String name = word.startsWith("--") ? word.substring(2) : "";
            if (!NAMES.contains(name) || i + 1 >= words.size()) {
                throw new IllegalArgumentException("Unknown option or missing value: '" + word + "'\n" + USAGE);
            }
            given.put(name, words.get(++i));
        }
        String url = given.getOrDefault("url", "http://localhost:8080");
        return new HarnessOptions(URI.create(url.endsWith("/") ? url : url + "/"),
                positive(given, "learners", "5"), positive(given, "iterations", "3"),
                Double.parseDouble(given.getOrDefault("minutes", "0")),
                Long.parseLong(given.getOrDefault("think-time", "1000")),
                Double.parseDouble(given.getOrDefault("ramp-up", "10")),
                Long.parseLong(given.getOrDefault("server-pid", "0")),
                given.get("admin-user"), given.get("admin-password"),
                given.getOrDefault("prefix", "load"), given.getOrDefault("password", "load-harness-secret"),
                given.getOrDefault("case", "url-shortener"));
    }

    private static int positive(Map<String, String> given, String name, String fallback) {
        int value = Integer.parseInt(given.getOrDefault(name, fallback));
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return value;
    }
}
