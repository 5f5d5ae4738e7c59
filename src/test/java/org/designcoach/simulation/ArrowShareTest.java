package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.designcoach.design.Design;
import org.junit.jupiter.api.Test;

/** An arrow that states its share carries that part of what passes through its sender, and no more. */
class ArrowShareTest {

    private static final SimulationModel MODEL = Profiles.simpleModel();

    private static StationLoad station(PeakLoad load, String id) {
        return load.stations().stream().filter(s -> s.componentId().equals(id) && !s.replicas()).findFirst()
                .orElseThrow();
    }

    @Test
    void anAsynchronousArrowWithAShareHandsOffOnlyThatPartOfTheWrites() {
        // Every decision is logged; only the flagged 2 % go to review.
        Design design = Designs.design(List.of("c=web-client", "api=app-server x10", "log=message-queue",
                "review=message-queue", "w=worker x2"), "c>api", "api~>log", "api~>review@2", "review>w");

        PeakLoad load = MODEL.atPeak(design, 5_000, 0);

        assertThat(station(load, "log").writesRps()).isCloseTo(5_000, within(1e-9));
        assertThat(station(load, "review").writesRps()).isCloseTo(100, within(1e-9));
        assertThat(station(load, "w").utilisation()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aRunCountsOnTheArrowOnlyTheShareItCarries() {
        Design design = Designs.design(List.of("c=web-client", "api=app-server x10", "review=message-queue",
                "w=worker x2"), "c>api", "api~>review@2", "review>w");

        SimulationRun run = MODEL.run(design, Scenario.steady(10, 5_000, 0).withoutNoise());

        assertThat(run.ticks().getLast().flow().get("api->review")).isCloseTo(100, within(1e-6));
    }

    @Test
    void aCallMadeForAShareOfTheRequestsLoadsItsTargetWithThatShareOnly() {
        Design design = Designs.design(List.of("c=web-client", "api=app-server x10", "db=sql-database",
                "search=search-engine"), "c>api", "api>db", "api>search@20");

        PeakLoad load = MODEL.atPeak(design, 5_000, 0.5);

        assertThat(station(load, "db").offeredRps()).isCloseTo(5_000, within(1e-9));
        assertThat(station(load, "search").offeredRps()).isCloseTo(1_000, within(1e-9));
    }

    @Test
    void aBalancerSplitsByTheStatedSharesAndTheArrowsWithoutOneShareWhatIsLeft() {
        Design design = Designs.design(List.of("c=web-client", "lb=load-balancer", "canary=app-server x4",
                "blue=app-server x4", "green=app-server x4"), "c>lb", "lb>canary@10", "lb>blue", "lb>green");

        PeakLoad load = MODEL.atPeak(design, 2_000, 0.9);

        assertThat(station(load, "canary").offeredRps()).isCloseTo(200, within(1e-9));
        assertThat(station(load, "blue").offeredRps()).isCloseTo(900, within(1e-9));
        assertThat(station(load, "green").offeredRps()).isCloseTo(900, within(1e-9));
    }

    @Test
    void sharesOutOfABalancerThatAreAllStatedAreScaledToSendEverything() {
        Design design = Designs.design(List.of("c=web-client", "lb=load-balancer", "a=app-server x4",
                "b=app-server x4"), "c>lb", "lb>a@30", "lb>b@10");

        PeakLoad load = MODEL.atPeak(design, 2_000, 0.9);

        assertThat(station(load, "a").offeredRps()).isCloseTo(1_500, within(1e-9));
        assertThat(station(load, "b").offeredRps()).isCloseTo(500, within(1e-9));
    }

    @Test
    void readsThatNoCachesShareTakesGoStraightToTheCallersOtherTargets() {
        Design design = Designs.design(List.of("c=web-client", "api=app-server x10", "cache=cache hit=0.9",
                "db=sql-database"), "c>api", "api>cache@50", "api>db");

        PeakLoad load = MODEL.atPeak(design, 1_000, 1);

        // Half the reads try the cache and 10 % of those miss (50); the other half go to the database (500).
        assertThat(station(load, "cache").readsRps()).isCloseTo(500, within(1e-9));
        assertThat(station(load, "db").readsRps()).isCloseTo(550, within(1e-9));
    }

    @Test
    void aShareOutsideZeroToAHundredIsRefusedNamingTheArrow() {
        Design design = Designs.design(List.of("c=web-client", "api=app-server"), "c>api@150");

        assertThatThrownBy(() -> MODEL.atPeak(design, 100, 0.5)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("c → api").hasMessageContaining("150").hasMessageContaining("0 to 100");
    }

    @Test
    void sharesOutOfOneBalancerAddingUpToMoreThanAllAreRefusedNamingIt() {
        Design design = Designs.design(List.of("c=web-client", "lb=load-balancer", "a=app-server", "b=app-server"),
                "c>lb", "lb>a@70", "lb>b@40");

        assertThatThrownBy(() -> MODEL.atPeak(design, 100, 0.5)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("'Tech'").hasMessageContaining("110 %");
    }

    @Test
    void aWellKnownTechnologyIsSimulatedWithItsOwnCapacityUnlessTheComponentStatesOne() {
        SimulationModel model = SimulationModel.builder().profiles(Profiles.simple())
                .technologies(List.of(new TechnologyCapacity("Firehose", Set.of(), 500_000))).build();
        Design design = new Design(1, List.of(
                Designs.design(List.of("c=web-client"), new String[0]).components().getFirst(),
                component("delivery", "worker", "Kinesis Data Firehose delivery", 4, null),
                component("own", "worker", "Amazon Data Firehose", 4, 1_000.0),
                component("plain", "worker", "Celery", 4, null)),
                Designs.design(List.of(), "c>delivery", "c>own", "c>plain").connections(), List.of());

        PeakLoad load = model.atPeak(design, 400_000, 0);

        assertThat(station(load, "delivery").capacityRps()).isCloseTo(2_000_000, within(1e-6));
        assertThat(station(load, "delivery").utilisation()).isCloseTo(0.2, within(1e-9));
        assertThat(station(load, "own").capacityRps()).isCloseTo(4_000, within(1e-6));
        assertThat(station(load, "plain").capacityRps()).isCloseTo(800, within(1e-6));
    }

    private static org.designcoach.design.DesignComponent component(String id, String type, String technology,
            int instances, Double capacity) {
        return new org.designcoach.design.DesignComponent(id, type, null, technology, instances, false, null, null,
                capacity == null ? java.util.Map.of() : java.util.Map.of("capacityPerInstance", capacity), null, null);
    }
}
