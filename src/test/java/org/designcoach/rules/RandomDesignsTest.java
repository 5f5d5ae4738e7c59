package org.designcoach.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.junit.jupiter.api.Test;

/** Random designs, including broken ones, never make the engine fail; scores stay within 0–100. */
class RandomDesignsTest {

    private static final List<String> TYPES = List.of("web-client", "cdn", "load-balancer", "api-gateway", "app-server",
            "microservice", "worker", "sql-database", "nosql-database", "cache", "message-queue", "event-stream",
            "dead-letter-queue", "metrics", "logging", "search-engine", "service-mesh", "global-load-balancer",
            "unknown-type");

    private static final List<String> LEVELS = List.of("junior", "mid", "senior", "staff");

    @Test
    void aThousandRandomDesignsAreAssessedWithoutError() {
        Random random = new Random(20261124L);
        RulesEngine engine = new RulesEngine(RuleSetTest.RULES, Knowledge.BUILT_IN);
        for (int i = 0; i < 1_000; i++) {
            Design design = randomDesign(random);
            DesignContext context = new DesignContext(random.nextDouble() * 200_000, 99 + random.nextDouble(),
                    1 + random.nextInt(3), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean() ? "strong" : "eventual", LEVELS.get(random.nextInt(LEVELS.size())), List.of(),
                    random.nextBoolean() ? List.of(new KeyRequirement("cache", "A cache", "Needed.", List.of("cache"), List.of()))
                            : List.of(), Map.of());

            Assessment assessment = engine.assess(design, context);

            assertThat(assessment.overall()).isBetween(0, 100);
            assertThat(assessment.scores().values()).allSatisfy(score -> assertThat(score).isBetween(0, 100));
        }
    }

    private static Design randomDesign(Random random) {
        int size = random.nextInt(30);
        List<DesignComponent> components = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            components.add(new DesignComponent("c" + i, type, random.nextBoolean() ? "<b>label</b>" : null,
                    random.nextBoolean() ? "Tech" : null, random.nextBoolean() ? random.nextInt(5) : null,
                    random.nextBoolean(), null, null,
                    random.nextBoolean() ? Map.of("readReplicas", random.nextInt(3)) : Map.of(), null, null));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < size * 2; i++) {
            // Arrows may point at components that do not exist: the engine must cope.
            connections.add(new Connection("c" + random.nextInt(size + 3), "c" + random.nextInt(size + 3),
                    random.nextBoolean() ? Connection.SYNC : Connection.ASYNC, null, null));
        }
        return new Design(1, components, connections, List.of());
    }
}
