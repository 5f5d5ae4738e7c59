package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.simulation.BusiestSecond;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.FlowRole;
import org.designcoach.simulation.Latency;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.simulation.StationReport;
import org.junit.jupiter.api.Test;

class StationFiguresTest {

    @Test
    void twoServersAtHalfLoadWaitWithTheTextbookProbabilityOfAThird() {
        var figures = StationFigures.of(station(2, 1, 1, 0.5));

        assertThat(figures.servers()).isEqualTo(2);
        assertThat(figures.arrivals()).isEqualTo(1000);
        assertThat(figures.utilisation()).isEqualTo(0.5);
        assertThat(figures.waitProbability()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(figures.meanWaitMs()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(String.join(" ", figures.lines())).contains("λ = 1,000 requests/s arrive",
                "c = 2 instances each work on k = 1 request at once for S = 1.0 ms", "μ = 1/S = 1,000/s",
                "capacity c·k·μ = 2,000/s", "ρ = λ / (c·k·μ) = 0.50", "C = 0.333", "Wq = C / (c·k·μ − λ) = 0.3 ms",
                "W = Wq + S = 1.3 ms");
    }

    @Test
    void anInstanceThatWorksOnTwentyRequestsAtOnceIsTwentyServers() {
        var figures = StationFigures.of(station(3, 20, 20, 0.9));

        assertThat(figures.servers()).isEqualTo(60);
        assertThat(figures.ratePerServer()).isEqualTo(50);
        assertThat(String.join(" ", figures.lines())).contains("c·k = 60 servers", "μ = 1/S = 50/s");
    }

    @Test
    void aRoundedConcurrencySaysWhichServiceTimeItUsed() {
        var station = new StationReport("mail", "Mail", "email-provider", false, 1, 3, 1000.0 * 3 / 14, 200, 14, 0.5,
                0.5, 7, 1.5, 214, 0, 0, 0, 0, busiest(0.5));

        assertThat(String.join(" ", StationFigures.of(station).lines())).contains("stated service time of 200 ms",
                "capacity was kept", "k rounded to 3", "service time used is 214 ms");
    }

    @Test
    void anOverloadedStationIsExplainedByItsBacklogInsteadOfErlangC() {
        var lines = String.join(" ", StationFigures.of(station(1, 20, 20, 1.5)).lines());

        assertThat(lines).contains("ρ = λ / (c·k·μ) = 1.50", "no steady state", "500 more requests arrive than leave",
                "backlog ÷ capacity").doesNotContain("Erlang C");
    }

    @Test
    void aStationThatWasDownSaysEveryRequestFailed() {
        var lines = StationFigures.of(station(1, 20, 20, Double.POSITIVE_INFINITY)).lines();

        assertThat(lines).singleElement().asString().contains("was down", "no instance up", "every request");
    }

    @Test
    void theFormulasAgreeWithTheSimulatorsMeasuredMeanResponseAtASteadyLoad() {
        var model = SimulationModel.builder().profile(new ComponentProfile("web-client", FlowRole.CLIENT, 1e9, 0, 1, 0))
                .profile(new ComponentProfile("app-server", FlowRole.SERVICE, 1000, 20, 0.999, 100)).build();
        var design = new Design(1, List.of(new DesignComponent("web", "web-client", null, null, null, null, null, null,
                Map.of(), null, null), new DesignComponent("api", "app-server", null, null, 3, null, null, null,
                Map.of(), null, null)), List.of(new Connection("web", "api", "sync", "HTTPS", null)), List.of());

        var run = model.run(design, Scenario.steady(30, 2700, 0.9).withoutNoise());
        StationReport api = run.summary().stations().stream().filter(s -> s.componentId().equals("api"))
                .findFirst().orElseThrow();
        var figures = StationFigures.of(api);

        assertThat(figures.servers()).isEqualTo(60);
        assertThat(figures.utilisation()).isCloseTo(0.9, within(1e-9));
        assertThat(figures.meanWaitMs() + 20).isCloseTo(api.meanResponseMs(), within(0.01));
    }

    /** A station of c instances of k servers, each request taking S ms, at a mean utilisation. */
    private static StationReport station(int instances, int concurrency, double serviceMs, double utilisation) {
        double capacity = instances * concurrency * 1000 / serviceMs;
        return new StationReport("api", "API", "app-server", false, instances, concurrency, serviceMs, serviceMs,
                capacity, utilisation, utilisation, 0, 0, serviceMs, 0, 0, 0, 0, busiest(utilisation));
    }

    private static BusiestSecond busiest(double utilisation) {
        return new BusiestSecond(3, utilisation, 0, 0, 0, 20, 0, new Latency(20, 25, 30), 0);
    }
}
