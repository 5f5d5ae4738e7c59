package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.designcoach.simulation.Designs.design;

import java.util.List;
import org.designcoach.design.Design;
import org.junit.jupiter.api.Test;

/** A run thinned for a chart: few points, the shape of every series kept, peaks never averaged away. */
class RunSeriesTest {

    private static final Design WEB = design(List.of("c=web-client", "lb=load-balancer", "api=app-server x2",
            "db=sql-database"), "c>lb", "lb>api", "api>db");

    private final SimulationModel model = SimulationModel.builder().profiles(Profiles.catalog()).build();

    private SimulationRun tenMinutes(Scenario scenario) {
        return model.run(WEB, scenario);
    }

    @Test
    void aTenMinuteRunBecomesTwoHundredPointsOfThreeSecondsEach() {
        SimulationRun run = tenMinutes(Scenario.steady(600, 1_000, 0.9));

        RunSeries series = RunSeries.of(run);

        assertThat(series.secondsPerPoint()).isEqualTo(3);
        assertThat(series.points()).hasSize(200);
        assertThat(series.points().get(7).firstSecond()).isEqualTo(21);
        assertThat(series.points().get(7).lastSecond()).isEqualTo(23);
        assertThat(series.utilisation()).containsOnlyKeys("lb", "api", "db").allSatisfy((id, values) ->
                assertThat(values).hasSize(200));
        assertThat(series.backlog().get("api")).hasSize(200);
        assertThat(series.flow()).containsOnlyKeys("c->lb", "lb->api", "api->db");
        assertThat(series.flow().get("c->lb")).hasSize(200);
    }

    @Test
    void aSpikeKeepsItsWorstSecondWhileThroughputKeepsTheRequestsCarried() {
        SimulationRun run = tenMinutes(Scenario.steady(600, 1_000, 0.9).withLoad(LoadShape.Spike.at(301)));

        RunSeries series = RunSeries.of(run);

        assertThat(series.points().stream().mapToDouble(p -> p.latency().p99Ms()).max().orElseThrow())
                .isEqualTo(run.summary().worstLatency().p99Ms());
        assertThat(series.points().stream().mapToDouble(RunSeries.Point::errorRate).max().orElseThrow())
                .isEqualTo(run.ticks().stream().mapToDouble(Tick::errorRate).max().orElseThrow());
        assertThat(series.utilisation().get("api").stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isEqualTo(run.ticks().stream().mapToDouble(t -> t.utilisation().get("api")).max().orElseThrow());
        double carried = run.ticks().stream().mapToDouble(Tick::throughputRps).sum();
        double drawn = series.points().stream().mapToDouble(p -> p.throughputRps() * 3).sum();
        assertThat(drawn).isCloseTo(carried, within(carried * 1e-9));
        double sent = run.ticks().stream().mapToDouble(t -> t.flow().get("c->lb")).sum();
        assertThat(series.flow().get("c->lb").stream().mapToDouble(v -> v * 3).sum()).isCloseTo(sent,
                within(sent * 1e-9));
    }

    @Test
    void aComponentDownForOneSecondOfAPointIsDownInThatPoint() {
        SimulationRun run = tenMinutes(Scenario.steady(600, 1_000, 0.9)
                .with(new Incident.InstanceFailure("db", Integer.MAX_VALUE, 598)));

        List<Double> database = RunSeries.of(run).utilisation().get("db");

        assertThat(database.get(198)).isFinite();
        assertThat(database.get(199)).as("seconds 597 to 599, down from 598").isInfinite();
    }

    @Test
    void aShortRunKeepsOnePointPerSecondAndAnUnevenOneEndsWithAShorterPoint() {
        SimulationRun shortRun = tenMinutes(Scenario.steady(120, 1_000, 0.9));
        SimulationRun uneven = tenMinutes(Scenario.steady(601, 1_000, 0.9));

        RunSeries perSecond = RunSeries.of(shortRun);
        RunSeries thinned = RunSeries.of(uneven);

        assertThat(perSecond.secondsPerPoint()).isEqualTo(1);
        assertThat(perSecond.points()).hasSize(120);
        assertThat(perSecond.points().get(42).latency()).isEqualTo(shortRun.ticks().get(42).latency());
        assertThat(thinned.secondsPerPoint()).isEqualTo(4);
        assertThat(thinned.points()).hasSize(151);
        assertThat(thinned.points().getLast().firstSecond()).isEqualTo(600);
        assertThat(thinned.points().getLast().lastSecond()).isEqualTo(600);
        assertThat(thinned.utilisation().get("api")).hasSize(151);
    }

    @Test
    void aSeriesWithoutRoomForAPointIsRefused() {
        SimulationRun run = tenMinutes(Scenario.steady(10, 1_000, 0.9));

        assertThatThrownBy(() -> RunSeries.of(run, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one point");
    }
}
