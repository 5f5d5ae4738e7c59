package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.designcoach.MutableClock;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.RulesEngine;
import org.designcoach.rules.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference architecture must pass its own case: at least 90 overall and no error finding. */
class ReferenceArchitectureScoreTest {

    private static final ContentLibrary LIBRARY = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-11-24T10:00:00Z")).load(List.of(ContentFixtures.builtIn()));

    static Stream<String> cases() {
        return LIBRARY.cases().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReferenceArchitectureScoresAtLeast90WithoutErrors(String caseId) {
        CaseStudy study = LIBRARY.caseStudy(caseId).orElseThrow();

        Assessment assessment = new RulesEngine(LIBRARY.rules(), LIBRARY.knowledge())
                .assess(study.architecture(), CaseContexts.of(study, Optional.empty()), LIBRARY.rulesOf(caseId));

        var problems = assessment.findings().stream().filter(f -> f.severity() != Severity.STRENGTH)
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.components()).toList();
        assertThat(assessment.hasErrors()).as("errors in %s: %s", caseId, problems).isFalse();
        assertThat(assessment.overall()).as("%s: %s; %s", caseId, assessment.breakdown().explanation(), problems)
                .isGreaterThanOrEqualTo(90);
    }
}
