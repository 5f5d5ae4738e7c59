package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.designcoach.content.CaseStudy;
import org.junit.jupiter.api.Test;

class StageBudgetsTest {

    @Test
    void aCaseWithItsOwnBudgetsSetsTheClockAndTheStartPagesSentence() {
        CaseStudy custom = SessionFixtures.withStageMinutes(SessionFixtures.urlShortener(),
                Map.of("deepDive", 30, "estimation", 5));

        Map<Stage, Duration> budgets = SessionService.budgets(custom);

        assertThat(budgets).containsEntry(Stage.DEEP_DIVE, Duration.ofMinutes(30))
                .containsEntry(Stage.ESTIMATION, Duration.ofMinutes(5))
                .containsEntry(Stage.REQUIREMENTS, Duration.ofMinutes(5));
        assertThat(StageClock.start(budgets, Instant.EPOCH).totalBudget()).isEqualTo(Duration.ofMinutes(62));
        assertThat(StartSessionView.budgetSentence(budgets)).contains("requirements 5 min", "estimation 5 min",
                "deep dive 30 min", "5 minutes of buffer").doesNotContain("deep dive 20");
    }

    @Test
    void aCaseWithoutBudgetsKeepsTheFrameworksDefaults() {
        Map<Stage, Duration> budgets = SessionService.budgets(SessionFixtures.urlShortener());

        assertThat(StartSessionView.budgetSentence(budgets)).contains("requirements 5 min", "estimation 3 min",
                "high-level design 10 min", "deep dive 20 min", "bottlenecks and trade-offs 7 min");
    }
}
