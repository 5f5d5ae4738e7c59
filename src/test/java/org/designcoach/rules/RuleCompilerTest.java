package org.designcoach.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

    private final RuleCompiler compiler = new RuleCompiler(Knowledge.BUILT_IN);

    private static RuleDefinition rule(List<Map<String, Object>> when) {
        return new RuleDefinition("r", "A rule", "scalability", "warning", 5, "Why.", "caching", when);
    }

    @Test
    void anUnknownConditionIsRefusedWithTheListOfKnownOnes() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("hasNot", List.of("cache"))))))
                .hasMessageContaining("unknown condition 'hasNot'").hasMessageContaining("lacks");
    }

    @Test
    void anUnknownComponentTypeIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("lacks", List.of("quantum-cache"))))))
                .hasMessageContaining("unknown component type 'quantum-cache'");
    }

    @Test
    void aContextValueOfTheWrongKindIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("context", Map.of("peakQpsAtLeast", "many"))))))
                .hasMessageContaining("needs a number");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("context", Map.of("readHeavy", 1))))))
                .hasMessageContaining("true or false");
    }

    @Test
    void anUnknownContextKeyIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("context", Map.of("mood", true))))))
                .hasMessageContaining("unknown context key 'mood'");
    }

    @Test
    void aRuleWithoutConditionsIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of()))).hasMessageContaining("at least one condition");
    }

    @Test
    void anUnknownSeverityIsRefused() {
        var definition = new RuleDefinition("r", "A rule", "scalability", "catastrophic", 5, "Why.", "caching",
                List.of(Map.of("lacks", List.of("cache"))));

        assertThatThrownBy(() -> compiler.compile(definition)).hasMessageContaining("unknown severity 'catastrophic'");
    }

    @Test
    void anUnknownComponentFilterIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("colour", "red"))))))
                .hasMessageContaining("unknown setting 'colour' of 'components'");
    }

    @Test
    void aComponentFlagWrittenAsTextIsRefusedNamingTheKeyAndTheKindItNeeds() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("multiAz", "yes"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'multiAz' needs true or false").hasMessageContaining("\"yes\"");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("stateful", 1))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'stateful' needs true or false");
    }

    @Test
    void aComponentLimitWrittenAsTextOrAFractionIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("instancesBelow", "2"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'instancesBelow' needs a whole number");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("readReplicasBelow", 1.5))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'readReplicasBelow' needs a whole number");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("countAtLeast",
                Map.of("types", List.of("cache"), "count", "three")))))).hasMessageContaining("'count' needs a whole number");
    }

    @Test
    void aFlagConditionAcceptsOnlyTrue() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("unconnected", false)))))
                .hasMessageContaining("'unconnected' is a flag");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("missingRequired", "yes")))))
                .hasMessageContaining("'missingRequired' is a flag");
        assertThat(compiler.compile(rule(List.of(Map.of("unconnected", true)))).when()).hasSize(1);
    }

    @Test
    void anArrowModeOtherThanSyncOrAsyncIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("arrow",
                Map.of("from", List.of("cache"), "to", List.of("sql-database"), "mode", "later"))))))
                .hasMessageContaining("'mode' of an arrow is sync or async");
    }

    @Test
    void aPathWithAnUnknownSettingOrTypeIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("path",
                Map.of("from", List.of("cache"), "to", List.of("sql-database"), "through", List.of("cache")))))))
                .hasMessageContaining("unknown setting 'through' of 'path'").hasMessageContaining("via");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("reachableFromClient",
                Map.of("to", List.of("sql-database"), "avoiding", List.of("quantum-server")))))))
                .hasMessageContaining("unknown component type 'quantum-server'");
    }

    @Test
    void aLevelOrConsistencyOutsideTheKnownOnesIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("context", Map.of("levelAtLeast", "principal"))))))
                .hasMessageContaining("'levelAtLeast' needs one of [junior, mid, senior, staff]");
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("context", Map.of("consistency", "causal"))))))
                .hasMessageContaining("'consistency' needs one of [strong, eventual, read-after-write]");
        var empty = new java.util.HashMap<String, Object>();
        empty.put("levelAtLeast", null);
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("context", empty)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'levelAtLeast' needs one of");
    }

    @Test
    void theLevelsRulesCompareAreTheLevelsCasesAndSessionsUse() {
        assertThat(ContextKeys.LEVELS).isEqualTo(org.designcoach.content.Levels.ALL);
    }

    @Test
    void aListOfPropertiesToBeWithoutMustBeAListOfIds() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("without", "tls"))))))
                .hasMessageContaining("'without' needs a list of property ids");
    }

    @Test
    void anUnknownCapabilityIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("lacks", Map.of("capabilities",
                List.of("teleportation")))))))
                .hasMessageContaining("unknown capability 'teleportation'").hasMessageContaining("'capabilities' of 'lacks'");
    }

    @Test
    void anUnknownKindInAFilterIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("components", Map.of("notKinds", List.of("robot")))))))
                .hasMessageContaining("unknown kind 'robot'");
    }

    @Test
    void aSuggestionWorthMoreThanTwoPointsIsRefused() {
        var definition = new RuleDefinition("r", "A rule", "requirements", "suggestion", 3, "Why.", "caching",
                List.of(Map.of("lacks", List.of("cache"))));

        assertThatThrownBy(() -> compiler.compile(definition)).hasMessageContaining("at most 2 points")
                .hasMessageContaining("'points'");
    }

    @Test
    void aRegionCountThatIsNotAWholeNumberIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rule(List.of(Map.of("drawnRegionsBelow", "two")))))
                .hasMessageContaining("'drawnRegionsBelow' needs a whole number above 0");
    }
}
