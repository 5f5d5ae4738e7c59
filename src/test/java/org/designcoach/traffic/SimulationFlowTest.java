package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.simulation.RunSeries;
import org.junit.jupiter.api.Test;

/** The arrows' widths the panel sends to the canvas: one series per arrow, on one scale for the run. */
class SimulationFlowTest {

    private static RunSeries carried(Map<String, List<Double>> flow) {
        return new RunSeries(1, List.of(), Map.of(), Map.of(), flow);
    }

    @Test
    void eachArrowGetsItsShareOfTheBusiestArrowAtTheBusiestPointForEveryPoint() {
        Map<String, List<Double>> flow = new LinkedHashMap<>();
        flow.put("web->lb", List.of(100.0, 400.0));
        flow.put("lb->db", List.of(10.0, 0.0));

        Map<String, List<Double>> shares = SimulationPanel.flow(carried(flow));

        assertThat(shares).containsOnlyKeys("web->lb", "lb->db");
        assertThat(shares.get("web->lb")).containsExactly(0.25, 1.0);
        assertThat(shares.get("lb->db")).as("to the hundredth, finer than a pixel").containsExactly(0.03, 0.0);
    }

    @Test
    void aRunWithNoTrafficLeavesEveryArrowThin() {
        Map<String, List<Double>> shares = SimulationPanel.flow(carried(Map.of("web->api", List.of(0.0))));

        assertThat(shares.get("web->api")).containsExactly(0.0);
        assertThat(SimulationPanel.flow(carried(Map.of()))).isEmpty();
    }
}
