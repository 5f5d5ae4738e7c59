package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.designcoach.simulation.Latency;
import org.designcoach.simulation.Tick;
import org.junit.jupiter.api.Test;

/** The arrows' widths the panel sends to the canvas: one series per arrow, on one scale for the run. */
class SimulationFlowTest {

    private static Tick tick(int second, Map<String, Double> flow) {
        return new Tick(second, 100, 100, 0, new Latency(1, 2, 3), Map.of(), Map.of(), flow, List.of());
    }

    @Test
    void eachArrowGetsItsShareOfTheBusiestArrowInTheBusiestSecondForEverySecond() {
        List<Tick> ticks = List.of(tick(0, Map.of("web->lb", 100.0, "lb->db", 10.0)),
                tick(1, Map.of("web->lb", 400.0, "lb->db", 0.0)));

        Map<String, List<Double>> flow = SimulationPanel.flow(ticks);

        assertThat(flow).containsOnlyKeys("web->lb", "lb->db");
        assertThat(flow.get("web->lb")).containsExactly(0.25, 1.0);
        assertThat(flow.get("lb->db").getFirst()).isCloseTo(0.025, within(1e-12));
        assertThat(flow.get("lb->db").get(1)).isZero();
    }

    @Test
    void aRunWithNoTrafficLeavesEveryArrowThin() {
        Map<String, List<Double>> flow = SimulationPanel.flow(List.of(tick(0, Map.of("web->api", 0.0))));

        assertThat(flow.get("web->api")).containsExactly(0.0);
        assertThat(SimulationPanel.flow(List.of())).isEmpty();
    }
}
