package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designcoach.simulation.Designs.design;

import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Designs and scenarios the simulator refuses, each with a message that says what to change. */
class BadInputTest {

    private final SimulationModel model = Profiles.simpleModel();
    private final Scenario scenario = Scenario.steady(10, 100, 0.5);

    @Test
    void aDesignWithoutAClientIsRefused() {
        assertThatThrownBy(() -> model.run(design(List.of("api=app-server", "db=sql-database"), "api>db"), scenario))
                .isInstanceOf(SimulationException.class).hasMessageContaining("no client");
    }

    @Test
    void aCycleOfSynchronousArrowsIsFoundAndNamed() {
        Design cycle = design(List.of("c=web-client", "a=app-server", "b=microservice", "d=microservice"),
                "c>a", "a>b", "b>d", "d>a");

        assertThatThrownBy(() -> model.run(cycle, scenario)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("a → b → d → a");
    }

    @Test
    void aLoopThroughAQueueIsAllowedAndCountedOnce() {
        Design loop = design(List.of("c=web-client", "api=app-server", "q=message-queue", "w=worker x5"),
                "c>api", "api>q", "q>w", "w>q");

        SimulationRun run = model.run(loop, Scenario.steady(10, 100, 0).withoutNoise());

        assertThat(Runs.station(run, "w").throughputRps()).isEqualTo(100);
    }

    @Test
    void aLoopIsCutAtTheArrowThatClosesItSoTheQueuesConsumersStillWork() {
        // The worker calls back the service that queued its job: cutting the queue's arrow would starve it.
        Design loop = design(List.of("c=web-client", "api=app-server x2", "q=message-queue", "w=worker x5"),
                "c>api", "api>q", "q>w", "w>api");

        SimulationRun run = model.run(loop, Scenario.steady(10, 100, 0).withoutNoise());

        assertThat(Runs.station(run, "w").throughputRps()).isEqualTo(100);
        assertThat(Runs.station(run, "api").throughputRps()).isEqualTo(100);
    }

    @Test
    void aComponentWithZeroInstancesHasZeroCapacity() {
        assertThatThrownBy(() -> model.run(design(List.of("c=web-client", "api=app-server x0"), "c>api"), scenario))
                .isInstanceOf(SimulationException.class).hasMessageContaining("zero capacity");
    }

    @Test
    void aTypeWithZeroCapacityIsRefused() {
        SimulationModel broken = SimulationModel.builder().profiles(Profiles.simple())
                .profile(new ComponentProfile("app-server", FlowRole.SERVICE, 0, 20, 0.999, 100)).build();

        assertThatThrownBy(() -> broken.run(design(List.of("c=web-client", "api=app-server"), "c>api"), scenario))
                .isInstanceOf(SimulationException.class).hasMessageContaining("zero capacity");
    }

    @Test
    void clientSharesAddingUpToMoreThanTheWholeLoadAreRefused() {
        Design design = design(List.of("a=web-client share=0.7", "b=mobile-client share=0.6", "api=app-server"),
                "a>api", "b>api");

        assertThatThrownBy(() -> model.run(design, scenario)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("add up to 1.30; together they can be at most 1");
        assertThatThrownBy(() -> model.run(design(List.of("a=web-client share=0", "api=app-server"), "a>api"),
                scenario)).isInstanceOf(SimulationException.class).hasMessageContaining("a share of 0.0");
    }

    @Test
    void aHitRatioAboveOneIsRefused() {
        Design design = design(List.of("c=web-client", "cache=cache hit=1.5"), "c>cache");

        assertThatThrownBy(() -> model.run(design, scenario)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("hit ratio of 1.5");
    }

    @Test
    void aHitRatioThatIsNotANumberIsRefused() {
        Design design = new Design(1, List.of(component("c", "web-client", Map.of()),
                component("cache", "cache", Map.of("hitRatio", "most"))),
                List.of(new Connection("c", "cache", Connection.SYNC, null, null)), List.of());

        assertThatThrownBy(() -> model.run(design, scenario)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("not a number");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, 1.000_000_001e9, Double.NaN, Double.POSITIVE_INFINITY})
    void aLoadThatIsNotPositiveOrAboveABillionIsRefused(double load) {
        assertThatThrownBy(() -> Scenario.steady(10, load, 0.5)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("peak load");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3601})
    void aDurationOutsideOneSecondToAnHourIsRefused(int seconds) {
        assertThatThrownBy(() -> Scenario.steady(seconds, 100, 0.5)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("1 to 3600 seconds");
    }

    @Test
    void anArrowToAMissingComponentIsRefused() {
        assertThatThrownBy(() -> model.run(design(List.of("c=web-client"), "c>ghost"), scenario))
                .isInstanceOf(SimulationException.class).hasMessageContaining("'ghost'");
    }

    @Test
    void aTypeWithoutAProfileIsRefused() {
        assertThatThrownBy(() -> model.run(design(List.of("c=web-client", "x=quantum-computer"), "c>x"), scenario))
                .isInstanceOf(SimulationException.class).hasMessageContaining("quantum-computer");
    }

    @Test
    void anIncidentAboutAMissingComponentOrANonCacheIsRefused() {
        Design design = design(List.of("c=web-client", "api=app-server"), "c>api");

        assertThatThrownBy(() -> model.run(design, scenario.with(new Incident.InstanceFailure("db", 1, 5))))
                .isInstanceOf(SimulationException.class).hasMessageContaining("'db'");
        assertThatThrownBy(() -> model.run(design, scenario.with(new Incident.CacheFlush("api", 1, 5))))
                .isInstanceOf(SimulationException.class).hasMessageContaining("Only a cache or CDN");
        assertThatThrownBy(() -> model.run(design, scenario.with(new Incident.ZoneFailure("z", 1))))
                .isInstanceOf(SimulationException.class).hasMessageContaining("zone 'z'");
    }

    @Test
    void aReadFractionOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Scenario.steady(10, 100, 1.2)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("read fraction");
        assertThat(Scenario.readFraction(10, 1)).isEqualTo(10.0 / 11);
    }

    private static DesignComponent component(String id, String type, Map<String, Object> properties) {
        return new DesignComponent(id, type, null, null, 1, false, null, null, properties, null, null);
    }

    @Test
    void aCapacityOfZeroOrANegativeOneIsRefused() {
        SimulationModel model = Profiles.simpleModel();
        Scenario scenario = Scenario.steady(10, 100, 0.5);

        assertThatThrownBy(() -> model.run(Designs.design(List.of("c=web-client", "api=app-server capacity=0"), "c>api"),
                scenario)).isInstanceOf(SimulationException.class).hasMessageContaining("zero capacity");
        assertThatThrownBy(() -> model.run(Designs.design(List.of("c=web-client", "api=app-server capacity=-5"),
                "c>api"), scenario)).isInstanceOf(SimulationException.class).hasMessageContaining("from 0 to");
    }

    @Test
    void aRunOfTooManyInstanceSecondsIsRefusedWithTheLimitAndTheLongestRunThatFits() {
        Design fleet = design(List.of("c=web-client", "lb=load-balancer", "a=app-server x10000",
                "b=app-server x10000", "d=app-server x10000"), "c>lb", "lb>a", "lb>b", "lb>d");

        assertThatThrownBy(() -> model.run(fleet, Scenario.steady(3_600, 100, 0.5)))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("3,600 seconds × 30,001 instances")
                .hasMessageContaining("at most 100,000,000")
                .hasMessageContaining("at most 3,333 seconds");
        assertThat(model.run(fleet, Scenario.steady(3_333, 100, 0.5)).ticks()).hasSize(3_333);
    }

    @Test
    void aRunOfTooManyComponentSecondsIsRefusedWithTheLongestRunThatFits() {
        List<String> components = new java.util.ArrayList<>(List.of("c=web-client", "lb=load-balancer"));
        List<String> arrows = new java.util.ArrayList<>(List.of("c>lb"));
        for (int i = 0; i < 200; i++) {
            components.add("s" + i + "=app-server");
            arrows.add("lb>s" + i);
        }
        Design wide = design(components, arrows.toArray(String[]::new));

        // 202 components and 201 arrows: 403 a second, so at most 500,000 / 403 = 1,240 seconds.
        assertThatThrownBy(() -> model.run(wide, Scenario.steady(1_241, 100, 0.5)))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("1,241 seconds × 403 components and arrows")
                .hasMessageContaining("at most 1,240 seconds");
        assertThat(model.run(wide, Scenario.steady(1_240, 100, 0.5)).ticks()).hasSize(1_240);
    }
}
