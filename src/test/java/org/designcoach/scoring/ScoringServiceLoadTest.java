package org.designcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.designcoach.content.ContentService;
import org.designcoach.design.Design;
import org.designcoach.design.TestDesigns;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The scoring service every page and the API use judges the design at the learner's peak. */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class ScoringServiceLoadTest {

    @Autowired
    private ScoringService scoring;

    @Autowired
    private ContentService content;

    @Test
    void theLearnersOwnPeakDecidesWhatTheLoadCheckFinds() {
        Design design = TestDesigns.design(TestDesigns.WEB_SYSTEM, TestDesigns.WEB_ARROWS);

        Assessment quiet = scoring.score("url-shortener", design, Optional.of(20.0));
        Assessment busy = scoring.score("url-shortener", design, Optional.of(200_000.0));

        assertThat(LoadCheckTest.fromTheLoadCheck(quiet)).isEmpty();
        assertThat(LoadCheckTest.fromTheLoadCheck(busy)).extracting(Finding::ruleId).contains(LoadCheck.OVERLOADED);
        assertThat(busy.overall()).isLessThan(quiet.overall());
    }

    @Test
    void withoutAnEstimateTheCasesPeakIsUsed() {
        Design design = TestDesigns.withInstances(
                content.caseStudy("notification-system").orElseThrow().architecture(), "push-w", 39);

        Assessment assessment = scoring.score("notification-system", design, Optional.empty());

        assertThat(assessment.findings()).filteredOn(f -> f.ruleId().equals(LoadCheck.OVERLOADED))
                .singleElement().satisfies(f -> assertThat(f.components()).containsExactly("push-w"));
    }

    @Test
    void aDesignTheSimulatorCannotRunIsStillScoredByTheRules() {
        Design noClient = TestDesigns.design(java.util.List.of("api=app-server", "db=sql-database"), "api>db");

        Assessment assessment = scoring.score("url-shortener", noClient, Optional.of(5_000.0));

        assertThat(assessment.findings()).isNotEmpty();
        assertThat(LoadCheckTest.fromTheLoadCheck(assessment)).isEmpty();
    }
}
