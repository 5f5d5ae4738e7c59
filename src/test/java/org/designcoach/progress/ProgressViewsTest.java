package org.designcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.designcoach.session.SessionStatus;
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
@WithMockUser(username = "lena", roles = "LEARNER")
class ProgressViewsTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CohortService cohorts;

    @BeforeEach
    void lenaLearnsInTheCohortThatMiaMentors() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.mentors(accounts, "mia", "noah");
        as("ada", Role.ADMIN, () -> {
            long platform = cohorts.create("Platform team", "").id();
            cohorts.addLearner(platform, "lena");
            cohorts.addMentor(platform, "mia");
            cohorts.create("Payments team", "");
        });
    }

    @Test
    void aNewLearnerIsToldHowToStartAndWhereTheCasesAre() {
        ProgressView view = navigate(ProgressView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("No attempts yet", "Pick a case from the library");
        assertThat($(Anchor.class, view).withText("Open the case library").single().getHref()).isEqualTo("cases");
        assertThat(view.page.chartComponents).isEmpty();
        assertThat($(Button.class, view).withText("Practise Simple web application platform").exists()).isTrue();
    }

    @Test
    void aLearnerSeesHeadlineNumbersChartsAndEveryAttempt() {
        finishedAttempt("url-shortener");
        sessions.start("video-streaming", Mode.GUIDED, "senior");

        ProgressView view = navigate(ProgressView.class);

        assertThat(view.page.headline.getElement().getTextRecursively()).contains("Attempts", "2", "1 finished",
                "Cases covered", "1 of 12", "Streak", "1 day");
        assertThat(view.page.chartComponents).hasSize(5);
        ProgressChart scores = view.page.chartComponents.getFirst();
        assertThat(scores.getElement().getProperty("spec")).contains("\"kind\":\"line\"", "\"Estimation\"");
        assertThat(scores.summary.getText()).startsWith("Average of the latest 1 attempts:");
        assertThat(scores.table.getElement().getTextRecursively()).contains("Score per stage over time", "Requirements");
        assertThat(test(view.page.attempts.grid).size()).isEqualTo(2);
    }

    @Test
    void theAttemptsFilterByStatusAndAFinishedOneOpensItsReport() {
        long finished = finishedAttempt("url-shortener").id();
        long running = sessions.start("video-streaming", Mode.GUIDED, "senior").id();
        ProgressView view = navigate(ProgressView.class);
        AttemptGrid attempts = view.page.attempts;

        test(attempts.statusFilter).selectItem("Finished");
        assertThat(test(attempts.grid).size()).isEqualTo(1);
        assertThat(attempts.shown.getText()).isEqualTo("1 of 2 attempts");
        assertThat(test(attempts.grid).getCellText(0, 0)).isEqualTo("URL shortener");

        test(attempts.grid).clickRow(0);
        assertThat(currentPath()).isEqualTo("sessions/" + finished + "/report");

        view = navigate(ProgressView.class);
        test(view.page.attempts.modeFilter).selectItem("Guided");
        test(view.page.attempts.grid).clickRow(0);
        assertThat(currentPath()).isEqualTo("sessions/" + running);
    }

    @Test
    void theSuggestedCaseStartsWithOneClick() {
        finishedAttempt("url-shortener");
        ProgressView view = navigate(ProgressView.class);
        Button start = $(Button.class, view).withTextContaining("Practise ").single();

        test(start).click();

        assertThat(currentPath()).startsWith("practise/").isNotEqualTo("practise/url-shortener");
    }

    @Test
    @WithMockUser(username = "mia", roles = "MENTOR")
    void aMentorSeesTheLearnersProgressAndOpensTheirAttemptsReadOnly() {
        long finished = as("lena", Role.LEARNER, () -> finishedAttempt("url-shortener")).id();

        LearnerProgressView view = navigate(LearnerProgressView.class, Map.of("username", "lena"));

        assertThat(view.page).isNotNull();
        assertThat(view.page.heading.getText()).isEqualTo("Progress of lena");
        assertThat($(Button.class, view).withTextContaining("Practise ").exists()).as("only the learner starts").isFalse();
        test(view.page.attempts.grid).clickRow(0);
        assertThat(currentPath()).isEqualTo("attempts/" + finished);
    }

    @Test
    @WithMockUser(username = "noah", roles = "MENTOR")
    void aMentorOfAnotherCohortGetsThePageNotFoundMessage() {
        as("lena", Role.LEARNER, () -> finishedAttempt("url-shortener"));

        navigate("progress/lena", com.vaadin.flow.component.Component.class);

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Page not found", ProgressService.NOT_YOURS).doesNotContain("URL shortener");
    }

    @Test
    void anotherLearnerGetsThePageNotFoundMessageToo() {
        as("ada", Role.ADMIN, () -> accounts.createAccount("omar", TestAccounts.PASSPHRASE, Role.LEARNER));
        as("omar", Role.LEARNER, () -> finishedAttempt("url-shortener"));

        navigate("progress/omar", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found",
                ProgressService.NOT_YOURS);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void anAdministratorListsTheLearnersOfEveryCohortAndOpensTheirProgress() {
        as("lena", Role.LEARNER, () -> finishedAttempt("url-shortener"));

        LearnersView view = navigate(LearnersView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Learners in every cohort");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("1");
        LearnerProgressView progress = navigate(LearnerProgressView.class, Map.of("username", "lena"));
        assertThat(progress.page.heading.getText()).isEqualTo("Progress of lena");
    }

    @Test
    @WithMockUser(username = "mia", roles = "MENTOR")
    void aMentorListsTheirLearnersWithTheirActivityAndALinkToTheirProgress() {
        as("lena", Role.LEARNER, () -> finishedAttempt("url-shortener"));

        LearnersView view = navigate(LearnersView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Platform team");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("1");
        assertThat(test(view.grid).getCellText(0, 4)).matches("\\d+");
        assertThat(((Anchor) test(view.grid).getCellComponent(0, 0)).getHref()).isEqualTo("progress/lena");
    }

    @Test
    @WithMockUser(username = "mia", roles = "MENTOR")
    void aMentorNarrowsTheListToOneOfTheirCohorts() {
        as("ada", Role.ADMIN, () -> {
            long second = cohorts.create("Evening class", "").id();
            accounts.register("omar", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
            cohorts.addLearner(second, "omar");
            cohorts.addMentor(second, "mia");
        });
        LearnersView view = navigate(LearnersView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.cohort).selectItem("Evening class");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(((Anchor) test(view.grid).getCellComponent(0, 0)).getText()).isEqualTo("omar");
    }

    private SessionState finishedAttempt(String caseId) {
        SessionState started = sessions.start(caseId, Mode.MOCK, "mid");
        SessionState finished = sessions.finish(started.id(), started.version());
        assertThat(finished.status()).isEqualTo(SessionStatus.FINISHED);
        return finished;
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

    private static <T> T as(String username, Role role, java.util.function.Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs(username, role);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
