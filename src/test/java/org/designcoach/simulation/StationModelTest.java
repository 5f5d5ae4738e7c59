package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One station, one model: c instances of k servers with service time S are an M/M/(c·k) queue, and the
 * run reports its means over the run, the busiest second apart.
 */
class StationModelTest {

    private static final SimulationModel MODEL = Profiles.simpleModel();

    private static SimulationRun run(String server, Scenario scenario) {
        return MODEL.run(Designs.design(List.of("c=web-client", "s=" + server), "c>s"), scenario);
    }

    private static StationReport station(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneServerOfAHundredPerSecondAtEightyIsTheTextbookMm1() {
        SimulationRun run = run("app-server capacity=100 service=10", Scenario.steady(60, 80, 0.9).withoutNoise());
        StationReport server = station(run, "s");

        assertThat(server.concurrency()).isEqualTo(1);
        assertThat(server.meanUtilisation()).isCloseTo(0.80, withPercentage(2));
        assertThat(server.meanResponseMs()).isCloseTo(50, withPercentage(2));
        assertThat(run.summary().bottleneck()).isNotNull();
        assertThat(run.summary().bottleneck().utilisation()).isCloseTo(0.80, withPercentage(2));
        assertThat(run.summary().bottleneck().reason()).contains("80 requests/s against a capacity of 100");
    }

    @Test
    void fourInstancesOfTenPerSecondAtThirtyWaitAsErlangCSays() {
        StationReport server = station(run("app-server x4 capacity=10 service=100",
                Scenario.steady(60, 30, 0.9).withoutNoise()), "s");

        assertThat(server.waitProbability()).isCloseTo(0.509, withPercentage(2));
        assertThat(server.meanWaitMs()).isCloseTo(50.9, withPercentage(2));
        assertThat(server.meanResponseMs()).isCloseTo(150.9, withPercentage(2));
    }

    @Test
    void anInstanceThatHoldsTwentyRequestsIsTwentyServersOfTheServiceTime() {
        StationReport server = station(run("app-server x3", Scenario.steady(60, 2700, 0.9).withoutNoise()), "s");

        // 1,000/s at 20 ms: k = 20, so 60 servers of μ = 50/s at λ = 2,700.
        assertThat(server.concurrency()).isEqualTo(20);
        assertThat(server.serviceTimeMs()).isCloseTo(20, within(1e-9));
        assertThat(server.meanResponseMs() - server.meanWaitMs()).isCloseTo(20, within(1e-9));
        assertThat(server.waitProbability()).isCloseTo(Queueing.erlangC(60, 2700 / 50.0), within(1e-9));
        assertThat(server.meanWaitMs()).isCloseTo(1000 * Queueing.erlangC(60, 54) / (3000 - 2700), within(1e-6));
    }

    @Test
    void littlesLawHoldsForTheRunsMeansAtEveryStationEvenThroughASpike() {
        SimulationRun run = MODEL.run(Designs.design(List.of("c=web-client", "lb=load-balancer", "api=app-server x3",
                "cache=cache", "db=sql-database replicas=1", "q=message-queue", "w=worker x2"),
                "c>lb", "lb>api", "api>cache", "api>db", "api~>q", "q>w"),
                Scenario.steady(120, 2_000, 0.9).withLoad(new LoadShape.Spike(40, 10, 2)));

        assertThat(run.summary().stations()).allSatisfy(s -> assertThat(s.meanQueueLength()).as(s.componentId())
                .isCloseTo(s.throughputRps() * s.meanResponseMs() / 1000, within(1e-9 + 1e-9 * s.meanQueueLength())));
    }

    @Test
    void aSecondJustOverCapacityWaitsForTheBacklogItCarriesNotForAFullSecond() {
        // Eighty a second, with one second at 109: nine requests are carried into the next second.
        Scenario scenario = Scenario.steady(60, 80, 0.9).withoutNoise()
                .withLoad(new LoadShape.Spike(30, 1, 109.0 / 80));
        StationReport server = station(run("app-server capacity=100 service=10", scenario), "s");

        assertThat(server.busiestSecond().second()).isEqualTo(30);
        assertThat(server.busiestSecond().utilisation()).isCloseTo(1.09, within(1e-9));
        assertThat(server.busiestSecond().backlog()).isCloseTo(9, within(1e-9));
        // Half the carried backlog on average over the second, served at 100/s, after 10 ms of service.
        assertThat(server.busiestSecond().meanResponseMs()).isCloseTo(10 + 45, within(1e-6));
        assertThat(server.meanResponseMs()).isLessThan(60);
        assertThat(server.sustainedUtilisation()).isCloseTo(0.80, withPercentage(2));
    }

    @Test
    void poissonArrivalsAreAnOptionAndDoNotNameOneNoisySecondTheLoad() {
        SimulationRun run = run("app-server capacity=100 service=10", Scenario.steady(600, 80, 0.9));
        StationReport server = station(run, "s");

        assertThat(run.scenario().arrivalNoise()).isTrue();
        assertThat(server.busiestSecond().utilisation()).isGreaterThan(1);
        assertThat(server.meanUtilisation()).isCloseTo(0.80, withPercentage(2));
        assertThat(run.summary().bottleneck().utilisation()).isLessThan(1);
    }

    @Test
    void aLightlyLoadedDesignHasNoBottleneck() {
        SimulationRun run = run("app-server x4", Scenario.steady(60, 1000, 0.9).withoutNoise());

        assertThat(run.summary().bottleneck()).isNull();
        assertThat(run.summary().busiest().utilisation()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void workHandedOffToAQueueReportsTheDelayBeforeItIsHandledGrowingWithItsBacklog() {
        SimulationRun run = MODEL.run(Designs.design(List.of("d=web-client", "q=message-queue", "w=worker"),
                "d~>q", "q>w"), Scenario.steady(60, 300, 0).withoutNoise());

        // The worker serves 200/s of 300/s: 100 more wait each second, so the last ones wait about 30 s.
        assertThat(run.summary().latency().p50Ms()).isZero();
        assertThat(run.summary().messageDelay()).isNotNull();
        assertThat(run.summary().messageDelay().p50Ms()).isGreaterThan(5_000);
        assertThat(run.summary().messageDelay().p99Ms()).isGreaterThan(25_000);
        assertThat(run.summary().bottleneck().componentId()).isEqualTo("w");
    }

    @Test
    void aQueueWithHeadroomStillShowsTheTimeAMessageTakes() {
        SimulationRun run = MODEL.run(Designs.design(List.of("d=web-client", "q=message-queue", "w=worker x2"),
                "d~>q", "q>w"), Scenario.steady(60, 100, 0).withoutNoise());

        // 10 ms in the queue and at least the worker's 100 ms of service.
        assertThat(run.summary().messageDelay().p50Ms()).isGreaterThanOrEqualTo(110);
        assertThat(run.summary().messageDelay()).isNotNull();
    }

    @Test
    void theRunsAvailabilityIsWhatItServedAndTheDesignsIsApart() {
        SimulationRun run = MODEL.run(Designs.design(List.of("c=web-client", "api=app-server x2", "db=sql-database"),
                "c>api", "api>db"), Scenario.steady(60, 500, 0.9).withoutNoise()
                .with(new Incident.InstanceFailure("db", 1, 30)));

        assertThat(run.summary().availability()).isCloseTo(1 - run.summary().errorRate(), within(1e-12));
        assertThat(run.summary().availability()).isLessThan(0.6);
        assertThat(run.summary().designAvailability()).isGreaterThan(0.99);
    }

    @Test
    void aServiceTimeOfZeroOrBeyondAnHourIsRefusedNamingTheField() {
        assertThatThrownBy(() -> run("app-server service=0", Scenario.steady(10, 10, 0.9)))
                .isInstanceOf(SimulationException.class).hasMessageContaining("service time of 0 ms")
                .hasMessageContaining("above 0");
        assertThatThrownBy(() -> run("app-server service=4000000", Scenario.steady(10, 10, 0.9)))
                .isInstanceOf(SimulationException.class).hasMessageContaining("at most 3,600,000 ms");
    }

    @Test
    void aConcurrencyNoMachineHoldsIsRefusedWithBothFigures() {
        assertThatThrownBy(() -> run("app-server capacity=1000000 service=1000", Scenario.steady(10, 10, 0.9)))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("1,000,000 requests at once per instance")
                .hasMessageContaining("capacityPerInstance").hasMessageContaining("serviceTimeMs");
    }
}
