package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.MutableClock;
import org.designcoach.content.ComponentType;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentLoaderAccess;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.FlowRole;
import org.designcoach.simulation.Incident;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.junit.jupiter.api.Test;

class FlowRolesTest {

    private static final ContentLibrary LIBRARY = ContentLoaderAccess.builtIn(MutableClock.startingAt("2026-12-03T10:00:00Z"));

    @Test
    void eachKindOfTheCatalogPlaysItsRoleWhateverTheTypeIsCalled() {
        assertThat(FlowRoles.of("client", List.of())).isEqualTo(FlowRole.CLIENT);
        assertThat(FlowRoles.of("balancer", List.of())).isEqualTo(FlowRole.BALANCER);
        assertThat(FlowRoles.of("gateway", List.of())).isEqualTo(FlowRole.BALANCER);
        assertThat(FlowRoles.of("mesh", List.of())).isEqualTo(FlowRole.BALANCER);
        assertThat(FlowRoles.of("cache", List.of())).isEqualTo(FlowRole.CACHE);
        assertThat(FlowRoles.of("store", List.of())).isEqualTo(FlowRole.DATABASE);
        assertThat(FlowRoles.of("queue", List.of("buffer-work"))).isEqualTo(FlowRole.QUEUE);
        assertThat(FlowRoles.of("stream", List.of())).isEqualTo(FlowRole.TOPIC);
        assertThat(FlowRoles.of("operations", List.of("metrics"))).isEqualTo(FlowRole.OPERATIONS);
        assertThat(FlowRoles.of("compute", List.of())).isEqualTo(FlowRole.SERVICE);
        assertThat(FlowRoles.of("external", List.of())).isEqualTo(FlowRole.SERVICE);
    }

    @Test
    void capabilitiesChooseTheRoleWhereOneKindCoversSeveral() {
        assertThat(FlowRoles.of("edge", List.of("edge-cache"))).isEqualTo(FlowRole.CACHE);
        assertThat(FlowRoles.of("edge", List.of("request-filtering"))).isEqualTo(FlowRole.BALANCER);
        assertThat(FlowRoles.of("queue", List.of("fan-out"))).isEqualTo(FlowRole.TOPIC);
        assertThat(FlowRoles.of("queue", List.of("dead-letter"))).isEqualTo(FlowRole.DEAD_LETTERS);
        assertThat(FlowRoles.of("operations", List.of("authentication", "identity"))).isEqualTo(FlowRole.SERVICE);
    }

    @Test
    void aKindTheSimulatorDoesNotKnowRunsAsAService() {
        assertThat(FlowRoles.of("quantum-annealer", List.of())).isEqualTo(FlowRole.SERVICE);
    }

    @Test
    void everyBuiltInTypeTakesItsRoleFromItsKindAndTheProfileCarriesIt() {
        for (ComponentType type : LIBRARY.catalog().components()) {
            assertThat(TrafficService.profile(type).role()).as(type.id())
                    .isEqualTo(FlowRoles.of(type.kind(), type.capabilities()));
        }
        assertThat(LIBRARY.catalog().components()).filteredOn(type -> type.kind().equals("client"))
                .allSatisfy(type -> assertThat(TrafficService.profile(type).role()).isEqualTo(FlowRole.CLIENT))
                .isNotEmpty();
    }

    @Test
    void aNewCatalogTypeOfKindCacheIsSimulatedAsACache() {
        ComponentType builtInCache = type("cache");
        ComponentType newType = new ComponentType("edge-kv", "Edge key-value cache", builtInCache.category(),
                "A key-value cache at the edge.", builtInCache.icon(), builtInCache.concept(), false, "cache", null,
                List.of(), List.of(), List.of(), builtInCache.defaults());
        SimulationModel model = model(newType);
        Design design = design(List.of(component("c", "web-client"), component("api", "app-server"),
                component("kv", "edge-kv"), component("db", "sql-database")),
                "c", "api", "api", "kv", "api", "db");

        SimulationRun run = model.run(design, Scenario.steady(20, 1_000, 0.9).withoutNoise());

        // The catalog's default hit ratio, 0.9: the database sees the misses of 900 reads and the 100 writes.
        assertThat(station(run, "kv").throughputRps()).isCloseTo(900, within(1e-6));
        assertThat(station(run, "db").throughputRps()).isCloseTo(900 * 0.1 + 100, within(1e-6));
        // And it can be flushed, which the simulator allows for caches only.
        SimulationRun flushed = model.run(design, Scenario.steady(20, 1_000, 0.9).withoutNoise()
                .with(new Incident.CacheFlush("kv", 5, 10)));
        assertThat(station(flushed, "db").peakUtilisation()).isGreaterThan(station(run, "db").peakUtilisation());
    }

    @Test
    void theSameNewTypeOfKindComputeIsCalledLikeAnyService() {
        ComponentType builtInCache = type("cache");
        ComponentType newType = new ComponentType("edge-kv", "Edge key-value service", builtInCache.category(),
                "Runs code at the edge.", builtInCache.icon(), builtInCache.concept(), false, "compute", null,
                List.of(), List.of(), List.of(), builtInCache.defaults());
        Design design = design(List.of(component("c", "web-client"), component("api", "app-server"),
                component("kv", "edge-kv"), component("db", "sql-database")),
                "c", "api", "api", "kv", "api", "db");

        SimulationRun run = model(newType).run(design, Scenario.steady(20, 1_000, 0.9).withoutNoise());

        assertThat(station(run, "kv").throughputRps()).isCloseTo(1_000, within(1e-6));
        assertThat(station(run, "db").throughputRps()).isCloseTo(1_000, within(1e-6));
    }

    private static ComponentType type(String id) {
        return LIBRARY.catalog().components().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static SimulationModel model(ComponentType extra) {
        Map<String, ComponentProfile> profiles = new HashMap<>();
        LIBRARY.catalog().components().forEach(type -> profiles.put(type.id(), TrafficService.profile(type)));
        profiles.put(extra.id(), TrafficService.profile(extra));
        return SimulationModel.builder().profiles(profiles).build();
    }

    private static DesignComponent component(String id, String type) {
        return new DesignComponent(id, type, null, null, type.equals("app-server") ? 4 : null, null, null, null,
                Map.of(), null, null);
    }

    /** Arrows as pairs of ids: from, to, from, to… */
    private static Design design(List<DesignComponent> components, String... ends) {
        List<Connection> arrows = new java.util.ArrayList<>();
        for (int i = 0; i < ends.length; i += 2) {
            arrows.add(new Connection(ends[i], ends[i + 1], Connection.SYNC, "HTTPS", null));
        }
        return new Design(1, components, arrows, List.of());
    }

    private static StationReport station(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id) && !s.replicas())
                .findFirst().orElseThrow();
    }
}
