package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.designcoach.simulation.Designs.design;
import static org.designcoach.simulation.Runs.replicas;
import static org.designcoach.simulation.Runs.station;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How each kind of component passes traffic on; exact rates, so arrivals are without noise. */
class ComponentBehaviourTest {

    private final SimulationModel model = Profiles.simpleModel();

    private SimulationRun run(double load, double readFraction, List<String> components, String... arrows) {
        return model.run(design(components, arrows), Scenario.steady(20, load, readFraction).withoutNoise());
    }

    @Test
    void aClientThatStatesItsShareSendsItAndTheOthersSplitTheRest() {
        SimulationRun run = run(1_000, 0.5, List.of("devices=web-client share=0.9", "staff=web-client",
                "admins=mobile-client", "ingest=app-server x2", "portal=app-server", "ops=app-server"),
                "devices>ingest", "staff>portal", "admins>ops");

        assertThat(station(run, "ingest").throughputRps()).isCloseTo(900, within(1e-6));
        assertThat(station(run, "portal").throughputRps()).isCloseTo(50, within(1e-6));
        assertThat(station(run, "ops").throughputRps()).isCloseTo(50, within(1e-6));
    }

    @Test
    void sharesThatAreAllStatedAreScaledToSendTheWholeLoad() {
        SimulationRun run = run(1_000, 0.5, List.of("a=web-client share=0.2", "b=web-client share=0.2",
                "x=app-server x2", "y=app-server x2"), "a>x", "b>y");

        assertThat(station(run, "x").throughputRps()).isCloseTo(500, within(1e-6));
        assertThat(station(run, "y").throughputRps()).isCloseTo(500, within(1e-6));
    }

    @Test
    void aLoadBalancerSplitsItsRequestsEvenly() {
        SimulationRun run = run(900, 0.5, List.of("c=web-client", "lb=load-balancer", "a=app-server", "b=app-server",
                "d=app-server"), "c>lb", "lb>a", "lb>b", "lb>d");

        assertThat(List.of("a", "b", "d")).allSatisfy(id -> assertThat(station(run, id).throughputRps())
                .isCloseTo(300, within(1e-6)));
    }

    @Test
    void aServiceCallsEveryDependencyAndTheirLatenciesAdd() {
        SimulationRun run = run(100, 0.5, List.of("c=web-client", "api=app-server x2", "db=sql-database",
                "s=search-engine"), "c>api", "api>db", "api>s");

        assertThat(station(run, "db").throughputRps()).isCloseTo(100, within(1e-6));
        assertThat(station(run, "s").throughputRps()).isCloseTo(100, within(1e-6));
        assertThat(run.summary().latency().p50Ms()).isCloseTo(20 + 5 + 20, within(1.0));
    }

    @Test
    void operationsToolsAreDrawnAndPaidForButCarryNoRequests() {
        SimulationRun run = run(5_000, 0.5, List.of("c=web-client", "api=app-server x10", "m=metrics",
                "sec=secrets-manager", "cost=cost-monitor", "page=alerting"), "c>api", "api>m", "api>sec",
                "api>cost", "m>page");
        SimulationRun without = run(5_000, 0.5, List.of("c=web-client", "api=app-server x10"), "c>api");

        assertThat(List.of("m", "sec", "cost", "page")).allSatisfy(id ->
                assertThat(station(run, id).throughputRps()).as(id).isZero());
        assertThat(run.summary().errorRate()).isZero();
        assertThat(run.summary().latency().p50Ms()).isCloseTo(without.summary().latency().p50Ms(), within(1e-6));
        assertThat(run.summary().monthlyCost()).isGreaterThan(without.summary().monthlyCost());
    }

    @Test
    void aDeadLetterQueueTakesOnlyFailuresSoNormalTrafficLeavesItIdle() {
        SimulationRun run = run(100, 0, List.of("c=web-client", "api=app-server", "q=message-queue", "w=worker x5",
                "dlq=dead-letter-queue"), "c>api", "api>q", "q>w", "w~>dlq");

        assertThat(station(run, "w").throughputRps()).isCloseTo(100, within(1e-6));
        assertThat(station(run, "dlq").throughputRps()).isZero();
    }

    @Test
    void capacityIsInstancesTimesCapacityPerInstance() {
        SimulationRun run = run(2_500, 0.5, List.of("c=web-client", "api=app-server x4"), "c>api");

        assertThat(station(run, "api").capacityRps()).isEqualTo(4_000);
        assertThat(Runs.utilisation(run, 5, "api")).isCloseTo(0.625, within(1e-9));
    }

    @Test
    void readReplicasTakeReadsAndThePrimaryTakesEveryWrite() {
        SimulationRun run = run(6_000, 0.75, List.of("c=web-client", "db=sql-database replicas=2"), "c>db");

        // 4,500 reads spread over the primary and two replicas, 1,500 each; 1,500 writes on the primary.
        assertThat(station(run, "db").throughputRps()).isCloseTo(1_500 + 1_500, within(1e-6));
        assertThat(replicas(run, "db").throughputRps()).isCloseTo(3_000, within(1e-6));
        assertThat(replicas(run, "db").capacityRps()).isEqualTo(6_000);
        assertThat(run.summary().errorRate()).isZero();
    }

    @Test
    void aReadThroughCdnPassesOnOnlyItsMissesButEveryWrite() {
        SimulationRun run = run(1_000, 0.8, List.of("c=web-client", "cdn=cdn hit=0.75", "api=app-server x2"),
                "c>cdn", "cdn>api");

        assertThat(station(run, "api").throughputRps()).isCloseTo(800 * 0.25 + 200, within(1e-6));
    }

    @Test
    void aCacheWithoutArrowsSendsItsMissesToTheCallersOtherTargetsAndWritesGoPastIt() {
        SimulationRun run = run(1_000, 0.9, List.of("c=web-client", "api=app-server x2", "cache=cache hit=0.8",
                "db=sql-database"), "c>api", "api>cache", "api>db");

        assertThat(station(run, "cache").throughputRps()).isCloseTo(900, within(1e-6));
        assertThat(station(run, "db").throughputRps()).isCloseTo(900 * 0.2 + 100, within(1e-6));
    }

    @Test
    void asynchronousArrowsCarryWritesAndAddNothingToTheUsersLatency() {
        SimulationRun queued = run(400, 0.5, List.of("c=web-client", "api=app-server", "q=message-queue",
                "w=worker x2"), "c>api", "api>q", "q>w");
        SimulationRun alone = run(400, 0.5, List.of("c=web-client", "api=app-server"), "c>api");

        assertThat(station(queued, "q").throughputRps()).isCloseTo(200, within(1e-6));
        assertThat(station(queued, "w").throughputRps()).isCloseTo(200, within(1e-6));
        assertThat(queued.summary().latency()).isEqualTo(alone.summary().latency());
    }

    @Test
    void aQueueHoldsWhatItsConsumersCannotTakeInsteadOfFailingTheUser() {
        SimulationRun run = run(1_000, 0, List.of("c=web-client", "api=app-server x2", "q=message-queue",
                "w=worker"), "c>api", "api~>q", "q>w");

        assertThat(station(run, "w").maxBacklog()).isCloseTo(20 * (1_000 - 200), withPercentage(1));
        assertThat(run.summary().errorRate()).isZero();
        assertThat(run.summary().bottleneck().componentId()).isEqualTo("w");
    }

    @Test
    void anOverloadedStationQueuesUpToASecondAndThenDrops() {
        SimulationRun run = run(1_500, 0.5, List.of("c=web-client", "api=app-server"), "c>api");

        assertThat(Runs.at(run, 0).errorRate()).isZero();
        // The first second ends with 500 carried over, 250 on average over it: a quarter second at 1,000/s.
        assertThat(Runs.at(run, 0).latency().p50Ms()).isCloseTo(20 + 250, within(1e-6));
        // Later the backlog is a full second of capacity all along.
        assertThat(Runs.at(run, 10).latency().p50Ms()).isCloseTo(20 + 1_000, within(1e-6));
        assertThat(Runs.at(run, 10).errorRate()).isCloseTo(1 - 1_000.0 / 1_500, within(1e-9));
        assertThat(station(run, "api").droppedRequests()).isCloseTo(19 * 500 - 500, within(1e-6));
    }

    @Test
    void theBottleneckIsNamedWithItsLoadAndCapacity() {
        SimulationRun run = run(4_100, 0, List.of("c=web-client", "lb=load-balancer", "api=app-server x6",
                "db=sql-database"), "c>lb", "lb>api", "api>db");

        assertThat(run.summary().bottleneck().reason())
                .isEqualTo("Tech: 4,100 writes/s against a capacity of 3,000");
        assertThat(run.summary().bottleneck().componentId()).isEqualTo("db");
    }

    @Test
    void eachArrowCarriesWhatGoesAlongItEverySecond() {
        SimulationRun run = run(1_000, 0.9, List.of("c=web-client", "lb=load-balancer", "a=app-server x2",
                "b=app-server x2", "cache=cache hit=0.8", "db=sql-database", "q=message-queue", "w=worker"),
                "c>lb", "lb>a", "lb>b", "a>cache", "a>db", "b>db", "a~>q", "q>w", "w>c");

        assertThat(Runs.at(run, 10).flow()).containsOnlyKeys("c->lb", "lb->a", "lb->b", "a->cache", "a->db", "b->db",
                "a->q", "q->w");
        assertThat(Runs.flow(run, 10, "c->lb")).isCloseTo(1_000, within(1e-6));
        assertThat(Runs.flow(run, 10, "lb->a")).isCloseTo(500, within(1e-6));
        assertThat(Runs.flow(run, 10, "a->cache")).isCloseTo(450, within(1e-6));
        // The cache's misses and every write of a, and every request of b, which has no cache.
        assertThat(Runs.flow(run, 10, "a->db")).isCloseTo(450 * 0.2 + 50, within(1e-6));
        assertThat(Runs.flow(run, 10, "b->db")).isCloseTo(500, within(1e-6));
        assertThat(Runs.flow(run, 10, "a->q")).isCloseTo(50, within(1e-6));
        assertThat(Runs.flow(run, 10, "q->w")).isCloseTo(50, within(1e-6));
    }

    @Test
    void theArrowIntoADatabaseWithReadReplicasCarriesEveryReadAndWrite() {
        SimulationRun run = run(1_000, 0.8, List.of("c=web-client", "api=app-server x2", "db=sql-database replicas=3"),
                "c>api", "api>db");

        assertThat(Runs.flow(run, 10, "api->db")).isCloseTo(1_000, within(1e-6));
        assertThat(station(run, "db").throughputRps() + replicas(run, "db").throughputRps())
                .isCloseTo(1_000, within(1e-6));
    }

    @Test
    void aComponentLoadedToSeventyPercentIsTheBottleneck() {
        SimulationRun run = run(700, 0.5, List.of("c=web-client", "api=app-server"), "c>api");

        assertThat(run.summary().bottleneck()).isNotNull().isEqualTo(run.summary().busiest());
        assertThat(run.summary().bottleneck().utilisation()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void belowSeventyPercentNothingIsCalledABottleneckButTheBusiestComponentIsKnown() {
        SimulationRun run = run(690, 0.5, List.of("c=web-client", "api=app-server", "cache=cache"),
                "c>api", "api>cache");

        assertThat(run.summary().bottleneck()).isNull();
        assertThat(run.summary().busiest().componentId()).isEqualTo("api");
        assertThat(run.summary().busiest().reason()).isEqualTo("Tech: 690 requests/s against a capacity of 1,000");
    }

    @Test
    void availabilityMultipliesAlongTheRouteAndRedundancyRaisesIt() {
        SimulationRun single = run(100, 0.5, List.of("c=web-client", "api=app-server", "db=sql-database"),
                "c>api", "api>db");
        SimulationRun redundant = run(100, 0.5, List.of("c=web-client", "api=app-server x3 multiAz",
                "db=sql-database multiAz"), "c>api", "api>db");

        double zone = Availability.ZONE_AVAILABILITY;
        assertThat(single.summary().designAvailability()).isCloseTo(0.999 * zone * 0.9995 * zone, within(1e-12));
        assertThat(redundant.summary().designAvailability())
                .isCloseTo((1 - Math.pow(0.001, 3)) * (1 - Math.pow(0.0005, 2)), within(1e-12));
    }

    @Test
    void monthlyCostCountsInstancesReplicasAndStandbys() {
        SimulationRun run = run(100, 0.5, List.of("c=web-client", "api=app-server x3", "db=sql-database replicas=2",
                "cache=cache multiAz"), "c>api", "api>cache", "api>db");

        assertThat(run.summary().monthlyCost()).isEqualTo(3 * 200 + 3 * 1000 + 2 * 300);
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        var components = design(List.of("c=web-client", "api=app-server x2"), "c>api");
        Scenario scenario = Scenario.steady(30, 1_500, 0.5).withSeed(42);

        assertThat(model.run(components, scenario)).isEqualTo(model.run(components, scenario));
        assertThat(model.run(components, scenario.withSeed(43)).ticks())
                .isNotEqualTo(model.run(components, scenario).ticks());
    }

    @Test
    void aComponentsOwnCapacityOverridesTheCatalogs() {
        SimulationRun catalog = run(400, 0.5, List.of("c=web-client", "api=app-server"), "c>api");
        SimulationRun bigger = run(400, 0.5, List.of("c=web-client", "api=app-server capacity=4000"), "c>api");

        assertThat(station(bigger, "api").capacityRps()).isCloseTo(4000, within(1e-6));
        assertThat(station(bigger, "api").peakUtilisation()).isCloseTo(0.1, within(1e-6));
        assertThat(station(catalog, "api").capacityRps()).isNotCloseTo(4000, within(1e-6));
    }
}
