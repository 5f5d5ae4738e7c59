package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.Latency;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.simulation.StationReport;
import org.junit.jupiter.api.Test;

class StationFiguresTest {

    @Test
    void twoServersAtHalfLoadWaitWithTheTextbookProbabilityOfAThird() {
        var figures = StationFigures.of(station(2000, 0.5), 1000, 20);

        assertThat(figures.servers()).isEqualTo(2);
        assertThat(figures.arrivals()).isEqualTo(1000);
        assertThat(figures.utilisation()).isEqualTo(0.5);
        assertThat(figures.waitProbability()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(figures.meanWaitMs()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(String.join(" ", figures.lines())).contains("λ = 1,000 requests/s arrive",
                "c = 2 instances each serve μ = 1,000/s", "cμ = 2,000/s", "ρ = λ / cμ = 0.50", "C = 0.33",
                "Wq = C / (cμ − λ) = 0.3 ms", "W = 20 ms");
    }

    @Test
    void anOverloadedStationIsExplainedByItsBacklogInsteadOfErlangC() {
        var lines = String.join(" ", StationFigures.of(station(1000, 1.5), 1000, 20).lines());

        assertThat(lines).contains("ρ = λ / cμ = 1.50", "no steady state", "500 more requests arrive than leave")
                .doesNotContain("Erlang C");
    }

    @Test
    void aStationThatWasDownSaysEveryRequestFailed() {
        var lines = StationFigures.of(station(1000, Double.POSITIVE_INFINITY), 1000, 20).lines();

        assertThat(lines).singleElement().asString().contains("was down", "c = 0", "every request");
    }

    @Test
    void theFormulasAgreeWithTheSimulatorsMeasuredMeanResponseAtASteadyLoad() {
        var model = SimulationModel.builder().profile(new ComponentProfile("web-client", 1e9, 0, 1, 0))
                .profile(new ComponentProfile("app-server", 1000, 20, 0.999, 100)).build();
        var design = new Design(1, List.of(new DesignComponent("web", "web-client", null, null, null, null, null, null,
                Map.of(), null, null), new DesignComponent("api", "app-server", null, null, 3, null, null, null,
                Map.of(), null, null)), List.of(new Connection("web", "api", "sync", "HTTPS", null)), List.of());

        var run = model.run(design, Scenario.steady(30, 2700, 0.9).withoutNoise());
        StationReport api = run.summary().stations().stream().filter(s -> s.componentId().equals("api"))
                .findFirst().orElseThrow();
        var figures = StationFigures.of(api, 1000, 20);

        assertThat(figures.servers()).isEqualTo(3);
        assertThat(figures.utilisation()).isCloseTo(0.9, within(1e-9));
        assertThat(figures.meanWaitMs() + 20).isCloseTo(api.meanResponseMs(), within(0.01));
    }

    private static StationReport station(double capacity, double peakUtilisation) {
        return new StationReport("api", "API", "app-server", false, capacity, peakUtilisation, 0, 0, 20,
                new Latency(20, 25, 30), 0, 0);
    }
}
