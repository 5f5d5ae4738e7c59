package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.designcoach.simulation.Designs.design;
import static org.designcoach.simulation.Runs.at;
import static org.designcoach.simulation.Runs.utilisation;

import java.util.List;
import org.designcoach.design.Design;
import org.junit.jupiter.api.Test;

/** One scenario of each kind against a small web system with the catalog's numbers. */
class ScenarioTest {

    private static final Design WEB = design(List.of("c=web-client", "lb=load-balancer multiAz",
            "api=app-server x4 multiAz zone=a", "cache=cache hit=0.9 multiAz", "db=sql-database x1 zone=a",
            "q=message-queue", "w=worker x2 region=eu"),
            "c>lb", "lb>api", "api>cache", "api>db", "api~>q", "q>w");

    private final SimulationModel model = SimulationModel.builder().profiles(Profiles.catalog()).build();

    private SimulationRun run(Scenario scenario) {
        return model.run(WEB, scenario);
    }

    private static Scenario steady() {
        return Scenario.steady(120, 2_000, 0.9);
    }

    @Test
    void aSteadyLoadStaysSteady() {
        SimulationRun run = run(steady());

        assertThat(run.ticks()).hasSize(120).allSatisfy(tick -> {
            assertThat(tick.offeredRps()).isCloseTo(2_000, within(250.0));
            assertThat(tick.errorRate()).isZero();
        });
        assertThat(run.summary().meanThroughputRps()).isCloseTo(2_000, within(20.0));
    }

    @Test
    void aRampClimbsFromZeroToThePeak() {
        SimulationRun run = run(steady().withLoad(new LoadShape.Ramp()).withoutNoise());

        assertThat(at(run, 0).offeredRps()).isZero();
        assertThat(at(run, 60).offeredRps()).isCloseTo(2_000 * 60 / 119.0, within(1e-6));
        assertThat(at(run, 119).offeredRps()).isCloseTo(2_000, within(1e-6));
    }

    @Test
    void aSpikeRaisesTheP99AndThenPasses() {
        SimulationRun run = run(steady().withLoad(LoadShape.Spike.at(30)));

        assertThat(at(run, 40).offeredRps()).isGreaterThan(15_000);
        assertThat(at(run, 40).latency().p99Ms()).isGreaterThan(3 * at(run, 20).latency().p99Ms());
        assertThat(at(run, 40).errorRate()).isPositive();
        assertThat(at(run, 100).latency().p99Ms()).isCloseTo(at(run, 20).latency().p99Ms(), within(1.0));
        assertThat(run.summary().worstLatency().p99Ms()).isGreaterThan(run.summary().latency().p99Ms());
    }

    @Test
    void failingTheDatabaseRaisesTheErrorRateAndNamesItTheBottleneck() {
        SimulationRun run = run(steady().with(new Incident.InstanceFailure("db", 1, 60)));

        assertThat(at(run, 59).errorRate()).isZero();
        assertThat(at(run, 60).errorRate()).isGreaterThan(0.1);
        assertThat(at(run, 60).down()).containsExactly("db");
        assertThat(run.summary().bottleneck().componentId()).isEqualTo("db");
        assertThat(run.summary().bottleneck().reason()).contains("down");
    }

    @Test
    void losingSomeInstancesLoadsTheRestMore() {
        SimulationRun run = run(steady().with(new Incident.InstanceFailure("api", 2, 60)).withoutNoise());

        assertThat(utilisation(run, 61, "api")).isCloseTo(2 * utilisation(run, 59, "api"), within(1e-9));
    }

    @Test
    void aZoneFailureStopsWhatIsInTheZoneUnlessItIsMultiAz() {
        SimulationRun run = run(steady().with(new Incident.ZoneFailure("a", 30)).withoutNoise());

        assertThat(at(run, 31).down()).containsExactly("db");
        // Four instances over three zones: the busiest zone holds two of them.
        assertThat(utilisation(run, 31, "api")).isCloseTo(utilisation(run, 29, "api") * 2, within(1e-9));
    }

    @Test
    void aRegionFailureStopsEverythingInTheRegionWithoutFailingTheUser() {
        SimulationRun run = run(steady().with(new Incident.RegionFailure("eu", 30)));

        assertThat(at(run, 31).down()).containsExactly("w");
        assertThat(at(run, 31).errorRate()).isZero();
    }

    @Test
    void workersThatFailLeaveTheirMessagesPilingUpInTheQueueInsteadOfLosingThem() {
        SimulationRun run = run(steady().with(new Incident.RegionFailure("eu", 30)).withoutNoise());

        // 2,000 requests/s, one in ten a write, each handed to the queue: 200 messages/s wait from second 30.
        assertThat(at(run, 29).backlog().get("w")).isZero();
        assertThat(at(run, 30).backlog().get("w")).isCloseTo(200, within(1e-6));
        assertThat(at(run, 119).backlog().get("w")).isCloseTo(90 * 200, within(1e-6));
        assertThat(Runs.station(run, "w").maxBacklog()).isCloseTo(90 * 200, within(1e-6));
        assertThat(Runs.station(run, "w").droppedRequests()).isZero();
        assertThat(Runs.station(run, "w").busiestSecond().second()).isEqualTo(30);
        assertThat(Runs.station(run, "w").busiestSecond().backlog()).as("in the queue when it went down")
                .isCloseTo(200, within(1e-6));
        assertThat(run.summary().errorRate()).isZero();
        assertThat(run.summary().bottleneck().reason()).isEqualTo("Tech: down, so 200 writes/s wait in its queue");
    }

    @Test
    void aQueueThatFailsItselfLosesWhatIsSentToItWithoutFailingTheUser() {
        SimulationRun run = run(steady().with(new Incident.InstanceFailure("q", 1, 30)).withoutNoise());

        assertThat(Runs.station(run, "q").droppedRequests()).isCloseTo(90 * 200, within(1e-6));
        assertThat(at(run, 119).backlog().get("q")).isZero();
        assertThat(at(run, 119).backlog().get("w")).isZero();
        assertThat(run.summary().errorRate()).isZero();
    }

    @Test
    void aQueueWhoseConsumersAreDownDropsOnlyOnceItHoldsAnHourOfTheirWork() {
        Design small = design(List.of("c=web-client", "api=app-server x2", "q=message-queue", "w=worker"),
                "c>api", "api~>q", "q>w");
        SimulationRun run = Profiles.simpleModel().run(small, Scenario.steady(1_000, 1_000, 0)
                .with(new Incident.InstanceFailure("w", 1, 0)).withoutNoise());

        // One worker serves 200 messages/s, so its queue holds 720,000: full after 720 s of 1,000 a second.
        assertThat(at(run, 719).backlog().get("w")).isCloseTo(720_000, within(1e-6));
        assertThat(at(run, 719).errorRate()).isZero();
        assertThat(Runs.station(run, "w").maxBacklog()).isCloseTo(720_000, within(1e-6));
        assertThat(Runs.station(run, "w").droppedRequests()).isCloseTo(280 * 1_000, within(1e-6));
        assertThat(run.summary().errorRate()).isZero();
    }

    @Test
    void aCacheFlushSendsReadsToTheDatabaseUntilItWarmsUp() {
        SimulationRun run = run(steady().with(new Incident.CacheFlush("cache", 30, 60)).withoutNoise());

        double before = utilisation(run, 29, "db");
        assertThat(utilisation(run, 30, "db")).isGreaterThan(5 * before);
        assertThat(utilisation(run, 60, "db")).isBetween(before, utilisation(run, 30, "db"));
        assertThat(utilisation(run, 100, "db")).isCloseTo(before, within(1e-9));
    }

    @Test
    void theArrowToTheDatabaseCarriesMoreWhileTheCacheIsColdAndLessAsItWarms() {
        SimulationRun run = run(steady().with(new Incident.CacheFlush("cache", 30, 60)).withoutNoise());

        double before = Runs.flow(run, 29, "api->db");
        // Reads 1,800/s: 10 % missed before the flush, all of them at it; writes 200/s throughout.
        assertThat(before).isCloseTo(180 + 200, within(1e-6));
        assertThat(Runs.flow(run, 30, "api->db")).isCloseTo(1_800 + 200, within(1e-6));
        assertThat(Runs.flow(run, 60, "api->db")).isBetween(before, 2_000.0);
        assertThat(Runs.flow(run, 100, "api->db")).isCloseTo(before, within(1e-6));
        assertThat(Runs.flow(run, 60, "c->lb")).isCloseTo(2_000, within(1e-6));
    }

    @Test
    void aRetryStormAddsLoadWhileRequestsFail() {
        Scenario failing = steady().with(new Incident.InstanceFailure("api", 3, 30)).withoutNoise();
        SimulationRun calm = run(failing);
        SimulationRun storm = run(failing.with(new Incident.RetryStorm(3)));

        assertThat(at(calm, 60).errorRate()).isPositive();
        assertThat(at(storm, 60).offeredRps()).isGreaterThan(at(calm, 60).offeredRps() * 1.5);
        assertThat(at(storm, 60).errorRate()).isGreaterThan(at(calm, 60).errorRate());
        assertThat(at(storm, 20).offeredRps()).isEqualTo(at(calm, 20).offeredRps());
    }
}
