package org.designcoach.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A load test of a running Design Coach, speaking Vaadin Flow's protocol as a browser does (no browser):
 * N learners sign in and, each in its own thread, type into a practice session's stage, ask the interviewer,
 * change a design on the sandbox's canvas and run the traffic simulation, with a pause between actions. It
 * prints, per action, the round trips, the errors (an HTTP failure, a refused security key, a resynchronisation
 * or an error the page shows) and the 50th, 95th and 99th percentile in milliseconds, the throughput, and the
 * server's CPU seconds over the run. Not a test: run it as the README's "Benchmarks" section says.
 */
public final class LoadHarness {

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        HarnessOptions options;
        try {
            options = HarnessOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ServerCpu cpu = serverCpu(options);
        var stats = new ActionStats();
        System.out.printf(Locale.ROOT, "%d learners against %s, %s, think time %d ms, ramp-up %.0f s%n",
                options.learners(), options.url(), options.minutes() > 0 ? options.minutes() + " minutes"
                        : options.iterations() + " rounds each", options.thinkMillis(), options.rampUpSeconds());
        OptionalDouble cpuBefore = cpu.seconds();
        long start = System.nanoTime();
        long deadline = options.minutes() > 0 ? start + (long) (options.minutes() * 60e9) : Long.MAX_VALUE;
        var done = new CountDownLatch(options.learners());
        // With one learner, the server's CPU over each action is that action's; /proc is read without a request.
        ServerCpu actionCpu = options.learners() == 1 && options.serverPid() > 0 ? cpu : null;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= options.learners(); i++) {
                long delay = (long) (options.rampUpSeconds() * 1000 * (i - 1) / options.learners());
                var learner = new Learner(options, options.prefix() + i, stats, deadline, i, actionCpu);
                threads.submit(() -> {
                    try {
                        Thread.sleep(delay);
                        learner.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        OptionalDouble cpuAfter = cpu.seconds();
        report(stats, seconds, cpu, cpuBefore, cpuAfter);
        System.exit(stats.totalErrors() == 0 ? 0 : 1);
    }

    private static ServerCpu serverCpu(HarnessOptions options) {
        if (options.serverPid() > 0) {
            return ServerCpu.fromProc(options.serverPid());
        }
        if (options.adminUser() != null && options.adminPassword() != null) {
            return ServerCpu.fromActuator(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build(),
                    options.url(), options.adminUser(), options.adminPassword());
        }
        return ServerCpu.none();
    }

    static void report(ActionStats stats, double seconds, ServerCpu cpu, OptionalDouble before, OptionalDouble after) {
        List<ActionStats.Row> rows = stats.rows();
        int total = rows.stream().mapToInt(ActionStats.Row::count).sum();
        System.out.printf(Locale.ROOT, "%n%-18s %7s %7s %9s %9s %9s %11s%n", "action", "count", "errors", "p50 ms",
                "p95 ms", "p99 ms", "server CPU");
        for (ActionStats.Row row : rows) {
            System.out.printf(Locale.ROOT, "%-18s %7d %7d %9.1f %9.1f %9.1f %11s%n", row.action(), row.count(),
                    row.errors(), row.p50(), row.p95(), row.p99(), Double.isNaN(row.cpuMillis()) ? "-"
                            : String.format(Locale.ROOT, "%.1f ms", row.cpuMillis()));
        }
        System.out.printf(Locale.ROOT, "%n%d actions in %.1f s: %.1f actions/s, %d errors%n", total, seconds,
                total / seconds, stats.totalErrors());
        if (before.isPresent() && after.isPresent()) {
            double used = after.getAsDouble() - before.getAsDouble();
            System.out.printf(Locale.ROOT, "server CPU: %.1f s over the run (%.0f %% of one core), %.1f ms per action"
                    + " (%s)%n", used, 100 * used / seconds, total == 0 ? Double.NaN : 1000 * used / total,
                    cpu.source());
        } else {
            System.out.println("server CPU: " + cpu.source());
        }
        var errors = new ArrayList<String>();
        rows.stream().filter(row -> row.firstError() != null)
                .forEach(row -> errors.add("  " + row.action() + ": " + row.firstError()));
        if (!errors.isEmpty()) {
            System.out.println("first error of each action:");
            errors.forEach(System.out::println);
        }
    }
}
