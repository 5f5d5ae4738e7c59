package org.designcoach.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.review.ReviewService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Who reads a cohort's report (administrators, the cohort's mentors) and what it holds, from the database. */
@SpringBootTest
@Transactional
@Tag("database")
class CohortReportsTest {

    @Autowired
    private CohortReports reports;
    @Autowired
    private CohortService cohorts;
    @Autowired
    private SessionService sessions;
    @Autowired
    private ReviewService reviews;
    @Autowired
    private AccountService accounts;

    private long platform;
    private long payments;

    @BeforeEach
    void lenaPractisesInPlatformMentoredByMiaAndOmarInPaymentsMentoredByNoah() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mia", "noah");
        TestAccounts.signInAs("ada", Role.ADMIN);
        platform = cohorts.create("Platform team", "").id();
        cohorts.addLearner(platform, "lena");
        cohorts.addMentor(platform, "mia");
        payments = cohorts.create("Payments team", "").id();
        cohorts.addLearner(payments, "omar");
        cohorts.addMentor(payments, "noah");
        TestAccounts.signInAs("lena");
        SessionState started = sessions.start("url-shortener", Mode.MOCK, "mid");
        long finished = sessions.finish(started.id(), started.version()).id();
        reviews.submit(finished, "Is one database enough?");
        sessions.start("video-streaming", Mode.GUIDED, "senior");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMentorReadsTheReportOfTheirCohortWithItsAttemptsAndTheReviewWaiting() {
        TestAccounts.signInAs("mia", Role.MENTOR);

        CohortReport report = reports.report(platform);

        assertThat(reports.cohorts()).extracting(cohort -> cohort.name()).containsExactly("Platform team");
        assertThat(report.learners()).singleElement().satisfies(lena -> {
            assertThat(lena.learner()).isEqualTo("lena");
            assertThat(lena.attempts()).isEqualTo(2);
            assertThat(lena.attemptsPerWeek().getLast()).isEqualTo(2);
            assertThat(lena.finished()).isEqualTo(1);
            assertThat(lena.averageScore()).isNotNull();
        });
        assertThat(report.stages()).allSatisfy(stage -> assertThat(stage.attempts()).isEqualTo(1));
        assertThat(report.reviews().waiting()).isEqualTo(1);
        assertThat(report.reviews().oldestWaiting()).isNotNull();
    }

    @Test
    void aMentorAskingForAnotherCohortIsToldThereIsNoSuchCohort() {
        TestAccounts.signInAs("mia", Role.MENTOR);

        assertThatThrownBy(() -> reports.report(payments)).isInstanceOf(ReportException.class)
                .hasMessage(CohortReports.NOT_YOURS);
        assertThatThrownBy(() -> reports.report(-1)).isInstanceOf(ReportException.class);
    }

    @Test
    void anAdministratorReadsEveryCohortsReport() {
        TestAccounts.signInAs("ada", Role.ADMIN);

        assertThat(reports.cohorts()).extracting(cohort -> cohort.name())
                .containsExactly("Payments team", "Platform team");
        assertThat(reports.report(payments).learners()).extracting(row -> row.learner()).containsExactly("omar");
    }

    @Test
    void aLearnerReadsNoReport() {
        TestAccounts.signInAs("lena");

        assertThatThrownBy(() -> reports.cohorts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(platform)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerLearnerWithTheSameFigures() {
        TestAccounts.signInAs("mia", Role.MENTOR);
        CohortReport report = reports.report(platform);

        String[] lines = CohortReports.csv(report).split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("learner,attempts week of " + report.weeks().getFirst())
                .contains("attempts,finished,average score,requirements score");
        assertThat(lines[1]).startsWith("lena,0,0,0,0,0,0,0,2,2,1," + report.learners().getFirst().averageScore());
    }
}
