package org.designcoach.simulation;

import java.util.List;

/** Reading a run in tests: a station by id, ticks by time. */
final class Runs {

    private Runs() {
    }

    static StationReport station(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id) && !s.replicas())
                .findFirst().orElseThrow();
    }

    static StationReport replicas(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id) && s.replicas())
                .findFirst().orElseThrow();
    }

    static Tick at(SimulationRun run, int second) {
        return run.ticks().get(second);
    }

    static double utilisation(SimulationRun run, int second, String id) {
        return at(run, second).utilisation().get(id);
    }

    static double flow(SimulationRun run, int second, String arrow) {
        return at(run, second).flow().get(arrow);
    }

    static List<Tick> between(SimulationRun run, int from, int to) {
        return run.ticks().subList(from, to);
    }
}
