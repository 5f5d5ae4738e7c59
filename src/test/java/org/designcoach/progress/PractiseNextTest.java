package org.designcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcoach.progress.Attempts.LIBRARY;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.designcoach.rules.Category;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PractiseNextTest {

    @Test
    void aWeakEstimatorIsSentToTheUntriedCaseWithTheLargestWorksheet() {
        Progress.Suggestion next = choose(Attempts.weakAt(Stage.ESTIMATION, 42), null, Set.of("video-streaming"), "mid");

        assertThat(next.caseId()).isEqualTo("url-shortener");
        assertThat(next.reason()).isEqualTo("Estimation is your weakest stage (average 42). 'URL shortener' "
                + "has an estimation worksheet of 7 lines.");
    }

    @Test
    void aCaseAlreadyFinishedGivesWayToOneNotYetTried() {
        Progress.Suggestion next = choose(Attempts.weakAt(Stage.ESTIMATION, 42), null, Set.of("url-shortener"), "mid");

        // Of the cases not yet tried at or below the level, the CI/CD platform comes first with 4 lines.
        assertThat(next.caseId()).isEqualTo("ci-cd-platform");
        assertThat(next.reason()).contains("has an estimation worksheet of 4 lines");
    }

    @Test
    void aWeakDesignerWhoLosesMostOnSecurityGetsACaseAboutSecurity() {
        Progress.Suggestion next = choose(Attempts.weakAt(Stage.DESIGN, 48), Category.SECURITY, Set.of(), "senior");

        assertThat(LIBRARY.caseStudy(next.caseId()).orElseThrow().topics()).contains("security");
        assertThat(next.reason()).startsWith("High-level design is your weakest stage (average 48), and most "
                + "of its points go on security. '" + next.caseTitle() + "' centres on security");
    }

    @Test
    void aBeginnerIsNotSentToAStaffCaseHoweverMuchItHoldsOfTheWeakSkill() {
        Progress.Suggestion next = choose(Attempts.weakAt(Stage.DEEP_DIVE, 35), null, Set.of(), "junior");

        assertThat(next.caseId()).isEqualTo("url-shortener");
        assertThat(next.reason()).endsWith("'URL shortener' has 3 deep-dive topics to examine.");
        assertThat(choose(Attempts.weakAt(Stage.DEEP_DIVE, 35), null, Set.of(), "staff").caseId())
                .isEqualTo("full-production-stack");
    }

    @Test
    void whenEveryCaseIsFinishedTheBestOneIsSuggestedAgainAndTheReasonSaysSo() {
        Progress.Suggestion next = choose(Attempts.weakAt(Stage.ESTIMATION, 42), null, LIBRARY.cases().keySet(), "mid");

        assertThat(next.caseId()).isEqualTo("url-shortener");
        assertThat(next.reason()).contains("'URL shortener', which you have tried before, has an estimation worksheet");
    }

    @Test
    void aLearnerWithoutResultsStartsWithTheGentlestCase() {
        Progress.Suggestion next = choose(Map.of(), null, Set.of(), null);

        assertThat(next.caseId()).isEqualTo("simple-web-platform");
        assertThat(next.reason()).contains("junior case");
    }

    @Test
    void aLearnerStrongInEveryStageIsStretchedWithTheHardestCaseNotYetTried() {
        Map<Stage, Integer> strong = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            strong.put(stage, 85);
        }

        Progress.Suggestion next = choose(strong, Category.COST, Set.of("full-production-stack"), "senior");

        assertThat(LIBRARY.caseStudy(next.caseId()).orElseThrow().level()).isEqualTo("staff");
        assertThat(next.caseId()).isNotEqualTo("full-production-stack");
        assertThat(next.reason()).startsWith("Every stage averages 80 or more").endsWith("you have not tried yet.");
    }

    private static Progress.Suggestion choose(Map<Stage, Integer> averages, @Nullable Category category,
            Set<String> covered, @Nullable String level) {
        return PractiseNext.choose(averages, category, covered, LIBRARY.allCases(), level).orElseThrow();
    }
}
