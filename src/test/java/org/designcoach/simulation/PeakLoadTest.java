package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The design at a steady load from the formulas: ρ = λ / capacity at each station, in one pass. */
class PeakLoadTest {

    private static final SimulationModel MODEL = Profiles.simpleModel();

    private static StationLoad station(PeakLoad load, String id, boolean replicas) {
        return load.stations().stream().filter(s -> s.componentId().equals(id) && s.replicas() == replicas)
                .findFirst().orElseThrow();
    }

    @Test
    void eachStationIsOfferedItsShareOfThePeakAndItsUtilisationIsThatOverItsCapacity() {
        var design = Designs.design(List.of("c=web-client", "lb=load-balancer", "api=app-server x4",
                "cache=cache hit=0.8", "db=sql-database replicas=2"), "c>lb", "lb>api", "api>cache", "cache>db");

        PeakLoad load = MODEL.atPeak(design, 3_000, 0.9);

        assertThat(station(load, "api", false).offeredRps()).isCloseTo(3_000, within(1e-9));
        assertThat(station(load, "api", false).utilisation()).isCloseTo(0.75, within(1e-9));
        // 2,700 reads, 80 % of them hits: 540 misses spread over the primary and two replicas; 300 writes.
        assertThat(station(load, "db", false).readsRps()).isCloseTo(180, within(1e-9));
        assertThat(station(load, "db", false).writesRps()).isCloseTo(300, within(1e-9));
        assertThat(station(load, "db", true).readsRps()).isCloseTo(360, within(1e-9));
        assertThat(station(load, "db", true).capacityRps()).isCloseTo(6_000, within(1e-9));
        assertThat(load.busiest()).get().extracting(StationLoad::componentId).isEqualTo("api");
    }

    @Test
    void aStationBehindAnOverloadedOneIsOfferedAllThatIsSentItsWay() {
        var design = Designs.design(List.of("c=web-client", "api=app-server", "q=message-queue", "w=worker x2"),
                "c>api", "api~>q", "q~>w");

        PeakLoad load = MODEL.atPeak(design, 2_000, 0.5);

        assertThat(station(load, "api", false).utilisation()).isCloseTo(2.0, within(1e-9));
        // A run would pass on only the 1,000 the app server serves; the formulas show the workers' own limit.
        assertThat(station(load, "w", false).writesRps()).isCloseTo(1_000, within(1e-9));
        assertThat(station(load, "w", false).utilisation()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void theMonthlyCostIsTheSameBillAsThePriceOfTheDesign() {
        var design = Designs.design(List.of("c=web-client", "api=app-server x3", "db=sql-database multiAz"),
                "c>api", "api>db");

        assertThat(MODEL.atPeak(design, 10, 0.5).monthlyCost())
                .isEqualTo(MODEL.costs(design).stream().mapToDouble(ComponentCost::monthlyCost).sum());
    }
}
