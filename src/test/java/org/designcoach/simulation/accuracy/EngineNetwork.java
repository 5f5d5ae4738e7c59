package org.designcoach.simulation.accuracy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.Profiles;
import org.designcoach.simulation.LoadShape;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;

/**
 * A small network as the engine sees it, through its public API only: components of catalog types whose
 * profile is set so that each instance is one server of rate μ with a mean service time of exactly 1/μ,
 * arrows between them, and a steady load.
 */
final class EngineNetwork {

    /** Seconds simulated: every second is alike at a steady load without noise, so a few suffice. */
    static final int SECONDS = 60;

    private final Map<String, ComponentProfile> profiles = new HashMap<>();
    private final List<DesignComponent> components = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    EngineNetwork() {
        profiles.put("web-client", new ComponentProfile("web-client", Profiles.role("web-client"), 1e10, 0, 1, 0));
        components.add(component("users", "web-client", 1, Map.of()));
    }

    /** A station: {@code instances} servers of a type, each of rate μ (requests a second). */
    EngineNetwork station(String id, String type, int instances, double serviceRate) {
        return station(id, type, instances, serviceRate, Map.of());
    }

    /**
     * A station whose instances each work on several requests at once: a capacity per instance and a
     * service time, from which the engine derives its concurrency k = capacity × service time.
     */
    EngineNetwork concurrentStation(String id, String type, int instances, double capacity, double serviceTimeMs) {
        profiles.put(type, new ComponentProfile(type, Profiles.role(type), capacity, serviceTimeMs, 0.999, 0));
        components.add(component(id, type, instances, Map.of()));
        return this;
    }

    EngineNetwork station(String id, String type, int instances, double serviceRate, Map<String, Object> properties) {
        profiles.put(type, new ComponentProfile(type, Profiles.role(type), serviceRate, 1000 / serviceRate, 0.999, 0));
        components.add(component(id, type, instances, properties));
        return this;
    }

    EngineNetwork call(String from, String to) {
        connections.add(new Connection(from, to, Connection.SYNC, "HTTPS", null));
        return this;
    }

    EngineNetwork handOff(String from, String to) {
        connections.add(new Connection(from, to, Connection.ASYNC, "AMQP", null));
        return this;
    }

    /** Runs {@code rate} requests a second, exactly (no Poisson noise on the per-second count). */
    Result run(double rate, double readFraction) {
        return run(rate, readFraction, false);
    }

    Result run(double rate, double readFraction, boolean arrivalNoise) {
        SimulationModel model = SimulationModel.builder().profiles(profiles).build();
        Design design = new Design(1, components, connections, List.of());
        return new Result(model.run(design, new Scenario(SECONDS, rate, readFraction, new LoadShape.Steady(), List.of(),
                20261203L, arrivalNoise)));
    }

    private static DesignComponent component(String id, String type, int instances, Map<String, Object> properties) {
        return new DesignComponent(id, type, id, "Tech", instances, false, null, null, properties, null, null);
    }

    /** The figures of a run, in seconds and requests. */
    record Result(SimulationRun run) {

        StationReport station(String id) {
            return run.summary().stations().stream().filter(s -> s.componentId().equals(id)).findFirst()
                    .orElseThrow();
        }

        double meanResponse(String id) {
            return station(id).meanResponseMs() / 1000;
        }

        double utilisation(String id) {
            return station(id).meanUtilisation();
        }

        double meanWait(String id) {
            return station(id).meanWaitMs() / 1000;
        }

        double waitProbability(String id) {
            return station(id).waitProbability();
        }

        double throughput(String id) {
            return station(id).throughputRps();
        }

        double meanInStation(String id) {
            return station(id).meanQueueLength();
        }

        double p50() {
            return run.summary().latency().p50Ms() / 1000;
        }

        double p95() {
            return run.summary().latency().p95Ms() / 1000;
        }

        double p99() {
            return run.summary().latency().p99Ms() / 1000;
        }
    }
}
