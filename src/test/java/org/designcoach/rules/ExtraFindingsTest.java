package org.designcoach.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designcoach.design.Design;
import org.designcoach.design.TestDesigns;
import org.junit.jupiter.api.Test;

/** Findings made outside the rules (the load check's) are scored with the rules' own. */
class ExtraFindingsTest {

    private static final RulesEngine ENGINE = new RulesEngine(RuleSetTest.RULES, Knowledge.BUILT_IN);

    @Test
    void anExtraFindingIsListedAndCostsItsPointsInItsCategoryAndOverall() {
        Design design = TestDesigns.design(TestDesigns.soundWebSystem(), TestDesigns.SOUND_ARROWS);
        DesignContext context = Contexts.quiet().build();
        Finding overloaded = new Finding("overloaded-component", "api: 1,743 writes/s against a capacity of 800",
                Severity.ERROR, Category.SCALABILITY, 15, "Add instances.", "horizontal-scaling", List.of("api"));

        Assessment without = ENGINE.assess(design, context, List.of());
        Assessment with = ENGINE.assess(design, context, List.of(), List.of(overloaded));

        assertThat(with.findings()).contains(overloaded);
        assertThat(with.scores().get(Category.SCALABILITY))
                .isEqualTo(Math.max(0, without.scores().get(Category.SCALABILITY) - 15));
        assertThat(with.overall()).isEqualTo(Math.max(0, without.overall() - 15));
        assertThat(with.hasErrors()).isTrue();
    }

    @Test
    void anEmptyCanvasStaysNothingDrawnWhateverIsAdded() {
        Finding extra = new Finding("x", "x", Severity.ERROR, Category.COST, 5, "x", "cost", List.of());

        Assessment assessment = ENGINE.assess(new Design(1, List.of(), List.of(), List.of()), Contexts.quiet().build(),
                List.of(), List.of(extra));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("nothing-drawn");
        assertThat(assessment.overall()).isZero();
    }
}
