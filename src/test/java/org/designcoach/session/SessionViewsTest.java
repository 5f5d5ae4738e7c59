package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import java.time.Duration;
import java.util.List;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class SessionViewsTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
    }

    @Test
    void startingAPracticeOpensTheFirstStageOnTheClock() {
        var start = navigate(StartSessionView.class, java.util.Map.of("caseId", "url-shortener"));
        assertThat(start.level.getValue()).isEqualTo("mid");

        test(start.start).click();

        var view = (SessionView) getCurrentView();
        assertThat(view.require().stage()).isEqualTo(Stage.REQUIREMENTS);
        assertThat(view.stageClock.remainingMillis()).isBetween(Duration.ofSeconds(290).toMillis(),
                Duration.ofMinutes(5).toMillis());
        assertThat(view.pause.isVisible()).as("a mock session has no pause").isFalse();
    }

    @Test
    void askingAQuestionRevealsOnlyItsAnswerAndIsSaved() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();
        assertThat(stage.getElement().getTextRecursively()).doesNotContain("About 100 million new links a month.");

        test(stage.ownQuestion).setValue("How many links are created per month?");
        test(stage.ask).click();

        assertThat(stage.reply.getText()).contains("About 100 million new links a month.");
        assertThat(sessions.open(view.require().id()).answers().askedQuestions()).containsExactly("monthly-links");
    }

    @Test
    void aQuestionTheInterviewerCannotAnswerSaysWhatToAskAbout() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();

        test(stage.ownQuestion).setValue("What is your favourite colour?");
        test(stage.ask).click();

        assertThat(stage.reply.getText()).contains("nothing to add", "scale", "latency");
    }

    @Test
    void aTypedQuestionKeepsTheKeyQuestionHintsOfAGuidedSession() {
        SessionView view = open(sessions.start("url-shortener", Mode.GUIDED, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();
        int hintsBefore = keyQuestionHints(stage);
        assertThat(hintsBefore).isPositive();

        test(stage.ownQuestion).setValue("How many links are created per month?");
        test(stage.ask).click();

        assertThat(keyQuestionHints(stage)).as("the asked key question loses its hint, the others keep theirs")
                .isEqualTo(hintsBefore - 1);
    }

    private int keyQuestionHints(RequirementsStage stage) {
        return (int) $(com.vaadin.flow.component.html.Span.class, stage).all().stream()
                .filter(span -> span.hasClassName("dc-badge")).count();
    }

    @Test
    void aChangeFromAnOlderTabIsRefusedWithAWayToReload() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        SessionView view = open(state);
        sessions.save(state.id(), state.version(), state.answers().withRequirements(List.of("From the other tab"),
                List.of()));

        view.save(answers -> answers.withRequirements(List.of("From this tab"), List.of()));

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("another tab");
        assertThat($(Button.class, view.problems).withText("Reload the session").exists()).isTrue();
        assertThat(sessions.open(state.id()).answers().functional()).containsExactly("From the other tab");
    }

    @Test
    void theStepperMovesBetweenStagesAndTheLastStageFinishes() {
        SessionView view = open(sessions.start("url-shortener", Mode.GUIDED, "junior"));

        test(view.next).click();
        assertThat(view.require().stage()).isEqualTo(Stage.ESTIMATION);
        assertThat(view.pause.isVisible()).isTrue();
        test(view.back).click();
        assertThat(view.require().stage()).isEqualTo(Stage.REQUIREMENTS);
        for (int i = 0; i < 4; i++) {
            test(view.next).click();
        }
        assertThat(view.next.getText()).isEqualTo("Finish and see the report");

        test(view.next).click();

        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
        var report = (ReportView) getCurrentView();
        assertThat(report.overall.getText()).matches("Overall \\d+ / 100");
    }

    @Test
    void theReportOffersToSubmitTheAttemptForMentorReview() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        sessions.finish(state.id(), state.version());
        var report = navigate(ReportView.class, java.util.Map.of("sessionId", String.valueOf(state.id())));

        test(report.submitForReview).click();

        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("reviews/submit/" + state.id());
    }

    @Test
    void onlyAGuidedSessionOffersTheReferenceAndOnlyForTheCurrentStage() {
        SessionView mock = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        assertThat($(Details.class, mock.stageArea).exists()).isFalse();

        SessionView guided = open(sessions.start("url-shortener", Mode.GUIDED, "mid"));
        Details reference = $(Details.class, guided.stageArea).single();
        assertThat(reference.isOpened()).isFalse();
        assertThat(reference.getElement().getTextRecursively()).contains("Redirects answer within 100 ms at p99")
                .doesNotContain("Generating short codes");
    }

    @Test
    void theWorksheetIsPrefilledFromTheAnswersAndExplainsWhatItCannotRead() {
        SessionState state = sessions.start("url-shortener", Mode.GUIDED, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withQuestions(List.of("monthly-links",
                "read-write-ratio"), List.of()));
        state = sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
        SessionView view = open(state);
        var stage = (EstimationStage) view.stageArea.getChildren().findFirst().orElseThrow();

        assertThat(stage.assumptions.get("newLinksPerMonth").getValue()).isEqualTo("100M /month");
        assertThat(stage.assumptions.get("readsPerWrite").getValue()).isEqualTo("10");
        assertThat(stage.assumptions.get("recordSize").getValue()).isEmpty();

        test(stage.results.get("writeQps")).setValue("40 /s");
        test(stage.results.get("readQps")).setValue("12 parsecs");

        assertThat(stage.checks.get("writeQps").getElement().getTextRecursively()).contains("Arithmetic right");
        assertThat(stage.results.get("readQps").isInvalid()).isTrue();
        assertThat(stage.results.get("readQps").getErrorMessage()).contains("'parsecs' is not a unit");
        assertThat(stage.results.get("readQps").getValue()).isEqualTo("12 parsecs");
        assertThat(sessions.open(state.id()).answers().estimates()).containsEntry("writeQps", "40 /s");

        test(stage.scratch).setValue("100M / (30 * 86400 s)");
        test($(Button.class, stage).withText("Work it out").single()).click();
        assertThat(stage.scratchResult.getText()).isEqualTo("= 38.6 /s");
        test(stage.scratch).setValue("newLinksPerMonth * readsPerWrite");
        test($(Button.class, stage).withText("Work it out").single()).click();
        assertThat(stage.scratchResult.getText()).isEqualTo("= 386 /s");
        test(stage.scratch).setValue("newLinksPerMonth / parsecs");
        test($(Button.class, stage).withText("Work it out").single()).click();
        assertThat(stage.scratchResult.getText()).contains("parsecs");
    }

    @Test
    void aMockWorksheetKeepsItsChecksForTheReport() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
        var stage = (EstimationStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        test(stage.results.get("writeQps")).setValue("40 /s");

        assertThat(stage.checks.get("writeQps").getElement().getTextRecursively()).isEmpty();
    }

    @Test
    void theDeepDiveExaminesComponentsOfTheLearnersOwnDesign() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(
                new org.designcoach.design.Design(1, List.of(component("api", "app-server"), component("db", "sql-database"),
                        component("cache", "cache"), component("cdn", "cdn")), List.of(), List.of())));
        state = sessions.goTo(state.id(), state.version(), Stage.DEEP_DIVE);
        var stage = (DeepDiveStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        test(stage.chosen).selectItems("Application server", "SQL database");
        var form = (DeepDiveStage.DeepDiveForm) stage.forms.getChildren().findFirst().orElseThrow();
        test(form.challenge).setValue("Serving the redirects at peak");

        assertThat(sessions.open(state.id()).answers().deepDives()).extracting(SessionAnswers.DeepDiveAnswer::componentId)
                .containsExactly("api", "db");
        assertThat(sessions.open(state.id()).answers().deepDives().getFirst().challenge())
                .isEqualTo("Serving the redirects at peak");

        test(stage.chosen).selectItems("Application server", "SQL database", "Cache", "CDN");
        assertThat(stage.chosen.isInvalid()).isTrue();
        assertThat(stage.chosen.getErrorMessage()).contains("at most three");
    }

    @Test
    void tradeOffsAndTheStandingQuestionsAreSaved() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.TRADEOFFS);
        var stage = (TradeoffsStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        test(stage.decisions.getFirst().decision).setValue("PostgreSQL");
        test(stage.standing.get("monthlyCost")).setValue("About 2,000 USD");

        var saved = sessions.open(state.id()).answers();
        assertThat(saved.tradeoffs()).extracting(SessionAnswers.TradeOffAnswer::decision).containsExactly("PostgreSQL");
        assertThat(saved.standing()).containsEntry("monthlyCost", "About 2,000 USD");
    }

    private static org.designcoach.design.DesignComponent component(String id, String type) {
        return new org.designcoach.design.DesignComponent(id, type, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void theListOffersToResumeAnUnfinishedSession() {
        sessions.start("url-shortener", Mode.MOCK, "mid");

        var list = navigate(SessionListView.class);

        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("URL shortener");
        assertThat(test(list.grid).getCellText(0, 2)).isEqualTo("Stage 1: Requirements");
    }

    private SessionView open(SessionState state) {
        return navigate(SessionView.class, java.util.Map.of("sessionId", String.valueOf(state.id())));
    }
}
