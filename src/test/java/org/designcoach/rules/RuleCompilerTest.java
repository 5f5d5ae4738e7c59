package org.designcoach.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

    private final RuleCompiler compiler = new RuleCompiler(Set.of("cache", "sql-database")::contains);

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
                .hasMessageContaining("unknown component filter 'colour'");
    }
}
