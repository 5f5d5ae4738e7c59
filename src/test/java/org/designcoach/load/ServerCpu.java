package org.designcoach.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalDouble;

/**
 * The CPU seconds the server process has used so far: from {@code /proc/<pid>/stat} when the harness runs on
 * the server's machine and knows its process id, else from the actuator's Prometheus metric
 * {@code process_cpu_time_ns_total} (Micrometer's {@code process.cpu.time}, in nanoseconds) with an admin's
 * credentials (HTTP Basic, as the operations endpoints ask).
 */
interface ServerCpu {

    /** Seconds of CPU (user and system) the server has used since it started, or empty when unknown. */
    OptionalDouble seconds();

    String source();

    static ServerCpu none() {
        return new ServerCpu() {
            public OptionalDouble seconds() {
                return OptionalDouble.empty();
            }

            public String source() {
                return "not measured (give --server-pid or --admin-user and --admin-password)";
            }
        };
    }

    /** The process's own accounting: fields 14 and 15 (utime, stime) in clock ticks of 1/100 s. */
    static ServerCpu fromProc(long pid) {
        return new ServerCpu() {
            public OptionalDouble seconds() {
                try {
                    return OptionalDouble.of(procCpuSeconds(Files.readString(Path.of("/proc", pid + "", "stat"))));
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read /proc/" + pid + "/stat: " + e.getMessage(), e);
                }
            }

            public String source() {
                return "/proc/" + pid + "/stat";
            }
        };
    }

    static ServerCpu fromActuator(HttpClient http, URI base, String user, String password) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        URI metrics = base.resolve("/actuator/prometheus");
        return new ServerCpu() {
            public OptionalDouble seconds() {
                try {
                    var response = http.send(HttpRequest.newBuilder(metrics).header("Authorization", auth)
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(metrics + " answered " + response.statusCode());
                    }
                    return prometheusCpuSeconds(response.body());
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + metrics + ": " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while reading " + metrics, e);
                }
            }

            public String source() {
                return metrics + " (process_cpu_time_ns_total)";
            }
        };
    }

    static double procCpuSeconds(String stat) {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / 100.0;
    }

    /** The counter of the JVM's CPU time as the actuator's Prometheus page shows it, in seconds. */
    static OptionalDouble prometheusCpuSeconds(String text) {
        return text.lines().filter(line -> line.startsWith("process_cpu_time_ns_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) / 1e9)
                .findFirst();
    }
}
