package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import java.util.Map;
import org.designcoach.TestAccounts;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.canvas.DesignComparisonView;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class AttemptViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CohortService cohorts;

    private long attempt;

    @BeforeEach
    void lenaFinishedAnAttemptAndMonaMentorsHer() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.mentors(accounts, "mona", "milo");
        TestAccounts.signInAs("ada", Role.ADMIN);
        long cohort = cohorts.create("A", "").id();
        cohorts.addLearner(cohort, "lena");
        cohorts.addMentor(cohort, "mona");
        TestAccounts.signInAs("lena");
        SessionState started = sessions.start("url-shortener", Mode.MOCK, "mid");
        SessionState saved = sessions.save(started.id(), started.version(), SessionAnswers.empty()
                .withRequirements(java.util.List.of("Shorten a long link"), java.util.List.of()));
        attempt = sessions.finish(saved.id(), saved.version()).id();
    }

    @Test
    void theLearnerSeesEveryStageOfTheirAttemptReadOnly() {
        var view = open();

        assertThat(view.heading.getText()).isEqualTo("URL shortener by lena");
        assertThat(view.facts.getText()).contains("Mock interview").contains("finished, overall");
        assertThat($(Details.class).all()).filteredOn(d -> d.hasClassName("attempt-stage")).hasSize(5);
        // The attempt's design, then beside the reference: the learner's again and the reference's.
        assertThat($(DesignCanvas.class).all()).hasSize(3).allMatch(DesignCanvas::isReadOnly);
        assertThat(view.getElement().getTextRecursively()).contains("Shorten a long link");
    }

    @Test
    void aFinishedAttemptShowsItsDesignBesideTheReferenceWithWhatOnlyTheReferenceHas() {
        var view = open();

        DesignComparisonView comparison = $(DesignComparisonView.class).single();
        assertThat(comparison.getElement().getTextRecursively()).contains("Only yours")
                .contains("Only in the reference", "Edge cache: CDN (caches popular redirects)");
        assertThat(view.getElement().getTextRecursively()).contains("Beside the reference");
        assertThat(comparison.learnerCanvas().getElement().getProperty("minFitZoom", 0.0))
                .isEqualTo(DesignComparisonView.READABLE_ZOOM);
    }

    @Test
    void theMentorOfHerCohortOpensIt() {
        TestAccounts.signInAs("mona", Role.MENTOR);

        assertThat(open().heading.getText()).endsWith("by lena");
    }

    @Test
    void aMentorOfNoCohortOfHersFindsNothing() {
        TestAccounts.signInAs("milo", Role.MENTOR);

        assertThatThrownBy(this::open).hasMessageContaining("NotFoundView");
    }

    private AttemptView open() {
        return navigate(AttemptView.class, Map.of("attemptId", String.valueOf(attempt)));
    }
}
