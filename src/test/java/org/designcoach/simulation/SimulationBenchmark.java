package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.designcoach.design.Design;
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
 * A ten-minute scenario (600 ticks) of a 30-component design at 100,000 requests a second, with a
 * spike, a cache flush and a failure on the way. The target is a median under 50 ms. Run it as the
 * README says; it is a benchmark, not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SimulationBenchmark {

    private SimulationModel model;
    private Design design;
    private Scenario scenario;

    @Setup
    public void prepare() {
        model = SimulationModel.builder().profiles(Profiles.catalog()).build();
        design = design();
        scenario = Scenario.steady(600, 100_000, 0.9).withLoad(LoadShape.Spike.at(300))
                .with(new Incident.CacheFlush("cache1", 120, 120))
                .with(new Incident.InstanceFailure("svc3", 10, 400))
                .with(new Incident.RetryStorm(1));
    }

    @Benchmark
    public SimulationRun tenMinutes() {
        return model.run(design, scenario);
    }

    /**
     * Two clients, a CDN, a global and two regional balancers, a gateway, eight services each with a
     * cache or a database behind it, two shared databases with replicas, a queue and a stream with
     * their workers, and observability: 30 components.
     */
    static Design design() {
        List<String> components = new ArrayList<>(List.of("web=web-client", "mobile=mobile-client", "cdn=cdn x20",
                "glb=global-load-balancer x2", "lb1=load-balancer x3", "lb2=load-balancer x3", "gw=api-gateway x20",
                "users=sql-database x4 replicas=3", "orders=nosql-database x6 replicas=2", "q=message-queue x10",
                "stream=event-stream x10", "w1=worker x60", "w2=stream-processor x10", "metrics=metrics x2"));
        List<String> arrows = new ArrayList<>(List.of("web>cdn", "mobile>glb", "cdn>glb", "glb>lb1", "glb>lb2",
                "lb1>gw", "lb2>gw", "q>w1", "stream>w2", "w1>orders"));
        for (int i = 1; i <= 8; i++) {
            String service = "svc" + i;
            components.add(service + "=microservice x40 multiAz");
            arrows.add("gw>" + service);
            arrows.add(service + "~>metrics");
            if (i <= 4) {
                components.add("cache" + i + "=cache x2 hit=0.8");
                arrows.add(service + ">cache" + i);
                arrows.add(service + ">" + (i % 2 == 0 ? "users" : "orders"));
            } else {
                components.add("db" + i + "=nosql-database x3 replicas=1");
                arrows.add(service + ">db" + i);
                arrows.add(service + "~>" + (i % 2 == 0 ? "q" : "stream"));
            }
        }
        return Designs.design(components, arrows.toArray(String[]::new));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(SimulationBenchmark.class.getSimpleName()).build()).run();
    }
}
