package org.designcoach.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Scoring a design of 50 components and 80 arrows with every built-in rule. The target is a
 * median under 2 ms. Run it as the README says; it is a benchmark, not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RulesEngineBenchmark {

    private static final List<String> TYPES = List.of("web-client", "cdn", "load-balancer", "app-server",
            "microservice", "worker", "sql-database", "cache", "message-queue", "event-stream", "search-engine",
            "metrics", "logging", "object-storage");

    private RulesEngine engine;
    private Design design;
    private DesignContext context;

    @Setup
    public void prepare() {
        engine = new RulesEngine(RuleSetTest.RULES, Knowledge.BUILT_IN);
        design = design(50, 80);
        context = new DesignContext(20_000, 99.95, 2, true, true, true, true, true, true, true, "strong", "senior",
                List.of("PCI-DSS"), List.of(new KeyRequirement("features", "Features", "Needed.",
                List.of("feature-lookup"), List.of())), Map.of());
    }

    @Benchmark
    public Assessment score() {
        return engine.assess(design, context);
    }

    static Design design(int componentCount, int arrowCount) {
        List<DesignComponent> components = new ArrayList<>();
        for (int i = 0; i < componentCount; i++) {
            components.add(new DesignComponent("c" + i, TYPES.get(i % TYPES.size()), null, "Tech", 1 + i % 3,
                    i % 2 == 0, null, null, Map.of(), null, null));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < arrowCount; i++) {
            connections.add(new Connection("c" + (i % componentCount), "c" + ((i * 7 + 1) % componentCount),
                    i % 3 == 0 ? Connection.ASYNC : Connection.SYNC, "HTTPS", null));
        }
        return new Design(1, components, connections, List.of());
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RulesEngineBenchmark.class.getSimpleName()).build()).run();
    }
}
