package org.designcoach.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class CohortReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;
    @Autowired
    private CohortService cohorts;
    @Autowired
    private SessionService sessions;

    private long platform;

    @BeforeEach
    void miaMentorsLenaWhoFinishedAnAttempt() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.mentors(accounts, "mia", "noah");
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            TestAccounts.signInAs("ada", Role.ADMIN);
            platform = cohorts.create("Platform team", "").id();
            cohorts.addLearner(platform, "lena");
            cohorts.addMentor(platform, "mia");
            TestAccounts.signInAs("lena");
            SessionState started = sessions.start("url-shortener", Mode.MOCK, "mid");
            sessions.finish(started.id(), started.version());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    @Test
    @WithMockUser(username = "mia", roles = "MENTOR")
    void aMentorOpensTheReportOfTheirCohortWithEverySectionAndADownload() {
        CohortReportView view = navigate(CohortReportView.class);

        String text = view.report.getElement().getTextRecursively();
        assertThat(view.cohort.getValue().name()).isEqualTo("Platform team");
        assertThat(text).contains("Reviews", "Waiting for a mentor: 0", "Score per stage", "Weakest skills",
                "Attempts per learner and week");
        assertThat($(Anchor.class, view.report).withText("Download CSV").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<CohortReport.LearnerRow> learners = $(Grid.class, view.report).all().getLast();
        assertThat(test(learners).size()).isEqualTo(1);
        assertThat(test(learners).getCellText(0, 0)).isEqualTo("lena");
    }

    @Test
    @WithMockUser(username = "noah", roles = "MENTOR")
    void aMentorWithoutCohortsIsToldHowCohortsComeAbout() {
        CohortReportView view = navigate(CohortReportView.class);

        assertThat(view.cohort.isVisible()).isFalse();
        assertThat(view.report.getElement().getTextRecursively()).contains("No cohort to report on yet");
    }

    @Test
    @WithMockUser(username = "noah", roles = "MENTOR")
    void aCohortNumberTheMentorMayNotReadShowsNoFigures() {
        as("ada", () -> cohorts.addMentor(cohorts.create("Payments team", "").id(), "noah"));

        CohortReportView view = navigate("reports/" + platform, CohortReportView.class);

        assertThat(view.report.getElement().getTextRecursively()).isEqualTo(CohortReports.NOT_YOURS);
    }

    private static void as(String admin, Runnable action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs(admin, Role.ADMIN);
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
