package org.designcoach.simulation;

import java.util.List;

/** The result of a scenario: one tick per simulated second, and a summary of them all. */
public record SimulationRun(Scenario scenario, List<Tick> ticks, Summary summary) {

    public SimulationRun {
        ticks = List.copyOf(ticks);
    }
}
