package org.designcoach.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcoach.design.TestDesigns.design;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.designcoach.design.Design;
import org.junit.jupiter.api.Test;

/** The graph conditions on their own: paths with via and avoiding, reachability, arrow modes, entry points. */
class PathConditionTest {

    private final RuleCompiler compiler = new RuleCompiler(Knowledge.BUILT_IN);

    private Optional<Set<String>> test(Map<String, Object> condition, Design design) {
        Rule rule = compiler.compile(new RuleDefinition("r", "A rule", "security", "error", 5, "Why.", "caching",
                List.of(condition)));
        return rule.when().getFirst().test(new DesignGraph(design, Knowledge.BUILT_IN), Contexts.quiet().build());
    }

    private static final Design CHAIN = design(List.of("c=web-client", "lb=load-balancer", "api=app-server",
            "q=message-queue", "w=worker", "db=sql-database"), "c>lb", "lb>api", "api~>q", "q~>w", "w>db");

    @Test
    void aPathFollowsAnyNumberOfArrowsAndNamesEveryComponentOnTheWay() {
        assertThat(test(Map.of("path", Map.of("from", List.of("load-balancer"), "to", List.of("sql-database"))), CHAIN))
                .hasValue(Set.of("lb", "api", "q", "w", "db"));
    }

    @Test
    void aPathGoesOnlyWithTheArrowsNeverAgainstThem() {
        assertThat(test(Map.of("path", Map.of("from", List.of("sql-database"), "to", List.of("web-client"))), CHAIN))
                .isEmpty();
    }

    @Test
    void aPathThatMustPassAViaTypeHoldsOnlyWhenItDoes() {
        assertThat(test(Map.of("path", Map.of("from", List.of("app-server"), "to", List.of("sql-database"),
                "via", List.of("message-queue"))), CHAIN)).isPresent();
        assertThat(test(Map.of("path", Map.of("from", List.of("app-server"), "to", List.of("sql-database"),
                "via", List.of("cache"))), CHAIN)).isEmpty();
    }

    @Test
    void anAvoidedTypeBlocksThePath() {
        assertThat(test(Map.of("path", Map.of("from", List.of("load-balancer"), "to", List.of("sql-database"),
                "avoiding", List.of("worker"))), CHAIN)).isEmpty();
    }

    @Test
    void aCycleInTheDesignDoesNotKeepTheSearchGoing() {
        Design loop = design(List.of("a=app-server", "b=microservice", "db=sql-database"), "a>b", "b>a", "b>db");

        assertThat(test(Map.of("path", Map.of("from", List.of("app-server"), "to", List.of("sql-database"))), loop))
                .hasValue(Set.of("a", "b", "db"));
        assertThat(test(Map.of("path", Map.of("from", List.of("app-server"), "to", List.of("cache"))), loop)).isEmpty();
    }

    @Test
    void reachabilityStartsAtEveryKindOfClient() {
        Design devices = design(List.of("d=iot-device", "gw=api-gateway", "tsdb=time-series-database"), "d>gw", "gw>tsdb");

        assertThat(test(Map.of("reachableFromClient", Map.of("to", List.of("time-series-database"))), devices))
                .hasValue(Set.of("d", "gw", "tsdb"));
        assertThat(test(Map.of("reachableFromClient", Map.of("to", List.of("sql-database"))), CHAIN)).isPresent();
        assertThat(test(Map.of("reachableFromClient", Map.of("to", List.of("sql-database"),
                "avoiding", List.of("app-server"))), CHAIN)).isEmpty();
    }

    @Test
    void anArrowWithAModeMatchesOnlyArrowsOfThatMode() {
        Map<String, Object> sync = Map.of("from", List.of("app-server"), "to", List.of("message-queue"), "mode", "sync");
        Map<String, Object> async = Map.of("from", List.of("app-server"), "to", List.of("message-queue"), "mode", "async");

        assertThat(test(Map.of("arrow", sync), CHAIN)).isEmpty();
        assertThat(test(Map.of("arrow", async), CHAIN)).hasValue(Set.of("api", "q"));
    }

    @Test
    void theEntryIsTheFirstComponentBehindTheClientItsCdnAndItsWaf() {
        Design edge = design(List.of("c=web-client", "cdn=cdn", "waf=waf", "gw=api-gateway", "lb=load-balancer",
                "api=app-server"), "c>cdn", "cdn>waf", "waf>gw", "gw>lb", "lb>api");

        assertThat(test(Map.of("components", Map.of("entry", true)), edge)).hasValue(Set.of("gw"));
    }

    @Test
    void noneHoldsOnlyWhenNoComponentMatches() {
        Design limited = design(List.of("c=web-client", "waf=waf +rateLimit", "lb=load-balancer"), "c>waf", "waf>lb");
        Design open = design(List.of("c=web-client", "waf=waf", "lb=load-balancer"), "c>waf", "waf>lb");
        Map<String, Object> noLimit = Map.of("none", Map.of("with", List.of("rateLimit")));

        assertThat(test(noLimit, limited)).isEmpty();
        assertThat(test(noLimit, open)).hasValue(Set.of());
    }
}
