package org.designcoach.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.designcoach.content.CaseContexts;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.DesignContext;
import org.designcoach.rules.Finding;
import org.designcoach.rules.RulesEngine;
import org.designcoach.traffic.TrafficService;
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
 * Scoring a design of 50 components and 80 arrows as the scoring service does, with the built-in
 * content: the rules alone, the load check alone, and both together. The load check's extra time is
 * the difference. Run it as the README says; it is a benchmark, not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {

    private static final List<String> TYPES = List.of("web-client", "cdn", "load-balancer", "app-server",
            "microservice", "worker", "sql-database", "cache", "message-queue", "event-stream", "search-engine",
            "metrics", "logging", "object-storage");

    private RulesEngine engine;
    private LoadCheck loadCheck;
    private Design design;
    private DesignContext context;
    private double readShare;

    @Setup
    public void prepare() {
        ContentLibrary library = LoadCheckTest.LIBRARY;
        CaseStudy study = library.caseStudy("url-shortener").orElseThrow();
        engine = new RulesEngine(library.rules(), library.knowledge());
        loadCheck = LoadCheckTest.CHECK;
        design = design(50, 80);
        context = CaseContexts.of(study, Optional.of(20_000.0), library.catalog());
        readShare = TrafficService.readShare(study);
        if (loadCheck.findings(design, context.peakQps(), readShare).isEmpty()) {
            throw new IllegalStateException("the benchmark design should give the load check something to find");
        }
    }

    @Benchmark
    public Assessment rulesOnly() {
        return engine.assess(design, context, List.of());
    }

    @Benchmark
    public List<Finding> loadCheckOnly() {
        return loadCheck.findings(design, context.peakQps(), readShare);
    }

    @Benchmark
    public Assessment rulesWithLoadCheck() {
        return engine.assess(design, context, List.of(), loadCheck.findings(design, context.peakQps(), readShare));
    }

    /** Arrows only from a component to a later one, so that the simulator finds no synchronous cycle. */
    static Design design(int componentCount, int arrowCount) {
        List<DesignComponent> components = new ArrayList<>();
        for (int i = 0; i < componentCount; i++) {
            components.add(new DesignComponent("c" + i, TYPES.get(i % TYPES.size()), null, "Tech", 1 + i % 3,
                    i % 2 == 0, null, null, Map.of(), null, null));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < arrowCount; i++) {
            int from = i % (componentCount - 1);
            int to = from + 1 + (i * 7) % (componentCount - from - 1);
            connections.add(new Connection("c" + from, "c" + to, i % 3 == 0 ? Connection.ASYNC : Connection.SYNC,
                    "HTTPS", null));
        }
        return new Design(1, components, connections, List.of());
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ScoringBenchmark.class.getSimpleName()).build()).run();
    }
}
