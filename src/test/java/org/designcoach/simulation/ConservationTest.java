package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.junit.jupiter.api.Test;

/**
 * No request is made up or lost on the way: into each component goes what it serves, drops, keeps for
 * the next second, absorbs (a cache hit) or passes on, and no component receives more than the offered
 * load times the fan-out drawn to it. Checked second by second ({@link FlowLedger}) over every shipped
 * design and hundreds of random ones, under loads that overflow and drain the queues, with failures.
 */
class ConservationTest {

    private static final Map<String, ComponentProfile> CATALOG = Profiles.catalog();
    private static final int SECONDS = 40;

    @Test
    void everyReferenceArchitectureKeepsItsBooks() {
        List<String> problems = new ArrayList<>();
        for (ContentDesigns.Shipped shipped : ContentDesigns.referenceArchitectures()) {
            problems.addAll(auditWithEachFailure(shipped));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyStepOfTheScaleJourneyKeepsItsBooks() {
        List<ContentDesigns.Shipped> steps = ContentDesigns.scaleJourney();
        List<String> problems = new ArrayList<>();
        for (ContentDesigns.Shipped step : steps) {
            problems.addAll(auditWithEachFailure(step));
        }

        assertThat(steps).hasSize(9);
        assertThat(problems).isEmpty();
    }

    @Test
    void theTwoRegionStepSendsEachUserToOneRegionSoItsWriterReceivesAtMostTheWholeLoad() {
        ContentDesigns.Shipped step = ContentDesigns.scaleJourney().get(7);

        // A tenth of the breaking load: nothing overflows, so every request is served and passed on.
        Map<String, Double> share = FlowLedger.audit(step.name(), step.design(), CATALOG, step.load() / 10, 0.9,
                List.of(), SECONDS, 3).loadShare();

        assertThat(step.name()).contains("multi-dc");
        assertThat(share.get("lb-a")).isCloseTo(0.5, within(1e-9));
        assertThat(share.get("lb-b")).isCloseTo(0.5, within(1e-9));
        // One global database that both regions call: each request reaches it once, never twice.
        assertThat(share.get("db")).isCloseTo(1, within(1e-9));
        assertThat(share.values()).allSatisfy(received -> assertThat(received).isLessThanOrEqualTo(1 + 1e-9));
    }

    @Test
    void threeHundredRandomDesignsKeepTheirBooks() {
        Random random = new Random(20261203L);
        List<String> types = CATALOG.keySet().stream().sorted().toList();
        List<String> problems = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int audited = 0;
        for (int i = 0; i < 300; i++) {
            Design design = randomDesign(random, types);
            List<Incident> incidents = new ArrayList<>();
            String victim = design.components().get(random.nextInt(design.components().size())).id();
            if (random.nextBoolean()) {
                incidents.add(new Incident.InstanceFailure(victim, 1 + random.nextInt(3), random.nextInt(SECONDS)));
            }
            design.components().stream().filter(c -> Profiles.role(c.type()) == FlowRole.CACHE).findFirst()
                    .ifPresent(cache -> incidents.add(new Incident.CacheFlush(cache.id(), 10, 20)));
            try {
                problems.addAll(FlowLedger.audit("random design " + i, design, CATALOG, 100 + random.nextInt(20_000),
                        random.nextDouble(), incidents, SECONDS, i).problems());
                audited++;
            } catch (SimulationException refused) {
                // A design the engine refuses with a reason (say, more concurrency than an instance can
                // hold) carries no traffic to book; most random designs are accepted, as checked below.
                refusals.add(refused.getMessage());
            }
        }

        assertThat(audited).as("designs audited; refused: %s", refusals).isGreaterThan(250);
        assertThat(problems).isEmpty();
    }

    @Test
    void aServiceDrainingItsBacklogAfterItsCallersStopStillCallsItsDatabase() {
        SimulationRun run = Profiles.simpleModel().run(Designs.design(
                List.of("c=web-client", "lb=load-balancer", "api=app-server capacity=100", "db=sql-database"),
                "c>lb", "lb>api", "api>db"), Scenario.steady(10, 150, 0.5).withoutNoise()
                .with(new Incident.InstanceFailure("lb", 1, 5)));

        assertThat(Runs.flow(run, 5, "lb->api")).isZero();
        assertThat(Runs.at(run, 4).backlog().get("api")).isEqualTo(100);
        assertThat(Runs.flow(run, 5, "api->db")).isEqualTo(100);
        assertThat(Runs.at(run, 5).backlog().get("api")).isZero();
    }

    private static List<String> auditWithEachFailure(ContentDesigns.Shipped shipped) {
        List<String> problems = new ArrayList<>();
        for (double reads : new double[] {0.9, 0.2}) {
            problems.addAll(FlowLedger.audit(shipped.name(), shipped.design(), CATALOG, shipped.load(), reads,
                    List.of(), SECONDS, 1).problems());
        }
        for (DesignComponent component : shipped.design().components()) {
            List<Incident> incidents = List.of(new Incident.InstanceFailure(component.id(), Integer.MAX_VALUE, 8));
            problems.addAll(FlowLedger.audit(shipped.name() + " with " + component.id() + " down", shipped.design(),
                    CATALOG, shipped.load(), 0.9, incidents, SECONDS / 2, 2).problems());
        }
        return problems;
    }

    /**
     * Components of any catalog type, at least one of them a client; arrows forwards, synchronous or
     * asynchronous, and a few asynchronous ones backwards (a worker feeding the queue it reads), each
     * pair drawn once. Small capacities now and then, so that stations overflow.
     */
    private static Design randomDesign(Random random, List<String> types) {
        int size = 2 + random.nextInt(18);
        List<DesignComponent> components = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String type = i == 0 ? "web-client" : types.get(random.nextInt(types.size()));
            Map<String, Object> properties = new HashMap<>();
            if (random.nextInt(4) == 0) {
                properties.put("capacityPerInstance", 1 + random.nextInt(500));
            }
            if (random.nextBoolean()) {
                properties.put("hitRatio", random.nextDouble());
            }
            if (random.nextBoolean()) {
                properties.put("readReplicas", random.nextInt(3));
            }
            components.add(new DesignComponent("c" + i, type, null, "Tech", 1 + random.nextInt(4), false, null, null,
                    properties, null, null));
        }
        List<Connection> connections = new ArrayList<>();
        boolean[][] drawn = new boolean[size][size];
        for (int k = 0; k < size * 2; k++) {
            int from = random.nextInt(size);
            int to = random.nextInt(size);
            boolean backwards = from > to;
            if (from == to || drawn[from][to] || drawn[to][from] || backwards && random.nextInt(4) != 0) {
                continue;
            }
            drawn[from][to] = true;
            boolean async = backwards || random.nextInt(3) == 0;
            connections.add(new Connection("c" + from, "c" + to, async ? Connection.ASYNC : Connection.SYNC, null,
                    null));
        }
        return new Design(1, components, connections, List.of());
    }
}
