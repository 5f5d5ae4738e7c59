package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    void aGuidedSessionCountsTheTimeSpentUpwardAndAMockOneCountsDown() {
        SessionView guided = open(sessions.start("url-shortener", Mode.GUIDED, "mid"));
        assertThat(guided.stageClock.countsUp()).isTrue();
        assertThat(guided.sessionClock.countsUp()).isTrue();
        assertThat(guided.stageClock.spentMillis()).isBetween(0L, Duration.ofSeconds(10).toMillis());

        SessionView mock = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        assertThat(mock.stageClock.countsUp()).isFalse();
        assertThat(mock.sessionClock.remainingMillis()).isGreaterThan(Duration.ofMinutes(49).toMillis());
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
    void aQuestionTheCaseDoesNotAnswerIsLeftToTheCandidateAndRecordedAsAsked() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();

        test(stage.ownQuestion).setValue("Do we need a QR code for every link?");
        test(stage.ask).click();

        assertThat(stage.reply.getText()).isEqualTo(RequirementsStage.YOUR_ASSUMPTION).contains("assume");
        assertThat(sessions.open(view.require().id()).answers().typedQuestions())
                .containsExactly(new SessionAnswers.TypedQuestion("Do we need a QR code for every link?", null));
    }

    @Test
    void aMockInterviewListsNoCaseQuestionsOnlyTheAreasToAskAbout() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();

        assertThat(askButtons(stage)).isEmpty();
        assertThat(stage.getElement().getTextRecursively()).contains("Areas worth asking about", "scale", "latency")
                .doesNotContain("How many new short links are created each month?");
    }

    @Test
    void aGuidedSessionStillSuggestsTheCaseQuestions() {
        SessionView view = open(sessions.start("url-shortener", Mode.GUIDED, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();

        assertThat(askButtons(stage)).contains("Ask: How many new short links are created each month?");
    }

    @Test
    void aQuestionLongerThanTheLimitIsRefusedWithTheLimitNamedAndStaysInTheField() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();
        String tooLong = "How many links are created per month, ".repeat(9);

        stage.ownQuestion.setValue(tooLong);
        test(stage.ask).click();

        assertThat(stage.reply.getText()).contains(String.valueOf(Interviewer.MAX_QUESTION_LENGTH), "characters");
        assertThat(stage.ownQuestion.getValue()).isEqualTo(tooLong);
        assertThat(sessions.open(view.require().id()).answers().typedQuestions()).isEmpty();
    }

    private List<String> askButtons(RequirementsStage stage) {
        return $(Button.class, stage).all().stream().map(button -> button.getElement().getAttribute("aria-label"))
                .filter(label -> label != null && label.startsWith("Ask: ")).toList();
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

        assertThat(view.stale.isOpened()).isTrue();
        assertThat(view.staleMessage.getText()).contains("another tab");
        assertThat(view.reload.getText()).isEqualTo("Reload the session");
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
    void theGuidedDesignStageComparesTheDesignAsLastSavedWithTheReferenceOnceItIsOpened() {
        SessionState state = sessions.start("url-shortener", Mode.GUIDED, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.DESIGN);
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(
                org.designcoach.design.TestDesigns.design(List.of("redis=cache tech=Redis", "finder=search-engine"))));
        SessionView view = open(state);
        Details reference = $(Details.class, view.stageArea).withClassName("stage-reference").single();
        assertThat($(org.designcoach.canvas.DesignComparisonView.class).exists()).isFalse();

        reference.setOpened(true);

        var comparison = $(org.designcoach.canvas.DesignComparisonView.class).single();
        assertThat(comparison.learnerCanvas().getElement().getProperty("marks"))
                .contains("\"redis\":{\"mark\":\"both\"").contains("\"finder\":{\"mark\":\"only\"");
        assertThat(comparison.getElement().getTextRecursively()).contains("Search: finder")
                .contains("Cache: yours redis; the reference's Redis (code → URL, TTL 24 h); only the reference's: "
                        + "zone replication");
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
        assertThat(stage.assumptions.get("newLinksPerMonth").getHelperText()).isEqualTo(
                "from the interviewer; in /month (a bare number is read in /month)");
        assertThat(stage.assumptions.get("recordSize").getHelperText()).startsWith("your assumption; in B");
        assertThat(stage.assumptions.get("peakFactor").getHelperText()).isEqualTo("your assumption; a plain number");

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
        test(stage.assumptions.get("newLinksPerMonth")).setValue("100M");
        test(stage.scratch).setValue("newLinksPerMonth / (2.5M s/month)");
        test($(Button.class, stage).withText("Work it out").single()).click();
        assertThat(stage.scratchResult.getText()).as("a bare 100M keeps the field's unit").isEqualTo("= 40 /s");
        test(stage.scratch).setValue("1B requests/day = 12K QPS");
        test($(Button.class, stage).withText("Work it out").single()).click();
        assertThat(stage.scratchResult.getText()).isEqualTo("= 11.6k /s; it agrees with 12k /s");
        test(stage.scratch).setValue("6B * 500B");
        test($(Button.class, stage).withText("Work it out").single()).click();
        assertThat(stage.scratchResult.getText()).startsWith("= 3 TB (").contains("'6B' is read as 6 billion")
                .contains("'500B' is read as 500 bytes");
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
    void aGuidedWorksheetFlagsAUnitSlipAndATenfoldSlipAtOnce() {
        SessionState state = sessions.start("url-shortener", Mode.GUIDED, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
        var stage = (EstimationStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        test(stage.assumptions.get("newLinksPerMonth")).setValue("100M");
        test(stage.assumptions.get("readsPerWrite")).setValue("10");

        test(stage.results.get("writeQps")).setValue("400 /s");
        test(stage.results.get("readQps")).setValue("4000 /day");

        assertThat(stage.checks.get("writeQps").getElement().getTextRecursively()).contains("10× slip");
        assertThat(stage.checks.get("readQps").getElement().getTextRecursively()).contains("Unit slip",
                "days and seconds");
        assertThat($(com.vaadin.flow.component.html.Span.class, stage.checks.get("writeQps")).all())
                .anyMatch(span -> span.getElement().getThemeList().contains("badge"));
        assertThat(stage.checks.get("peakReadQps").getElement().getTextRecursively()).doesNotContain("slip");
    }

    @Test
    void aMockWorksheetShowsNoSlipLiveAndTheReportSaysWhichLinesWereWrong() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
        var stage = (EstimationStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        test(stage.assumptions.get("newLinksPerMonth")).setValue("100M");
        test(stage.assumptions.get("readsPerWrite")).setValue("10");
        test(stage.results.get("writeQps")).setValue("400 /s");
        test(stage.results.get("readQps")).setValue("4000 /day");

        assertThat(stage.checks.values()).allMatch(check -> check.getElement().getTextRecursively().isEmpty());

        sessions.finish(state.id(), sessions.open(state.id()).version());
        var report = navigate(ReportView.class, java.util.Map.of("sessionId", String.valueOf(state.id())));
        var wrongLines = $(com.vaadin.flow.component.html.Div.class, report.body).all().stream()
                .filter(div -> div.hasClassName("session-wrong-lines")).findFirst().orElseThrow();
        assertThat($(com.vaadin.flow.component.html.ListItem.class, wrongLines).all())
                .extracting(item -> item.getElement().getTextRecursively())
                .satisfiesExactly(line -> assertThat(line).startsWith("Writes per second (average): 10× slip"),
                        line -> assertThat(line).startsWith("Redirects per second (average): Unit slip")
                                .contains("days and seconds"));
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
        assertThat(stage.chosen.getValue()).as("the fourth box is unticked again").hasSize(2);
        assertThat(stage.forms.getChildren().count()).isEqualTo(2);
        assertThat(sessions.open(state.id()).answers().deepDives()).hasSize(2);
    }

    @Test
    void aDeepDiveOnAComponentDeletedSinceIsDropped() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(
                new org.designcoach.design.Design(1, List.of(component("api", "app-server")), List.of(), List.of()))
                .withDeepDives(List.of(new SessionAnswers.DeepDiveAnswer("gone", "A queue that was deleted",
                        List.of(), "", "", "", ""), new SessionAnswers.DeepDiveAnswer("api", "Serving redirects",
                        List.of(), "", "", "", ""))));
        state = sessions.goTo(state.id(), state.version(), Stage.DEEP_DIVE);
        var stage = (DeepDiveStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        assertThat(stage.forms.getElement().getTextRecursively()).doesNotContain("gone");
        assertThat(stage.forms.getChildren().count()).isEqualTo(1);
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

    private static final String DESIGN = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync"}]}""";

    @Autowired
    private PracticeSessionRepository repository;

    private DesignStage designStage(Mode mode) {
        SessionState state = sessions.start("url-shortener", mode, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.DESIGN);
        return (DesignStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
    }

    private static void draw(DesignStage stage, String json) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(stage.canvas,
                new org.designcoach.canvas.DesignCanvas.DesignChangeEvent(stage.canvas, true, json));
    }

    @Test
    void aGuidedDesignShowsFindingsLiveAndAMockOneDoesNot() {
        DesignStage guided = designStage(Mode.GUIDED);
        long guidedId = ((SessionView) getCurrentView()).require().id();
        assertThat(guided.findings.getParent()).as("the guided stage shows its findings").isPresent();
        String before = guided.findings.getElement().getTextRecursively();

        draw(guided, DESIGN);

        assertThat(sessions.open(guidedId).answers().design().components()).hasSize(2);
        assertThat(guided.findings.getElement().getTextRecursively()).isNotEqualTo(before)
                .doesNotContain("Nothing is drawn");
        assertThat(guided.problems.isVisible()).isFalse();

        draw(guided, DESIGN.replace("\"type\": \"app-server\"", "\"type\": \"app-server\", \"label\": \"<b>api</b>\""));
        assertThat(guided.problems.isVisible()).isTrue();
        assertThat(guided.problems.getElement().getTextRecursively())
                .contains("That change was not kept", "back to your last saved design");
        assertThat(guided.canvas.getElement().getProperty("design")).as("the canvas gets the kept design back")
                .contains("\"id\":\"api\"").doesNotContain("<b>");
        assertThat(sessions.open(guidedId).answers().design().components()).extracting(c -> c.label())
                .containsOnlyNulls();

        DesignStage mock = designStage(Mode.MOCK);
        long mockId = ((SessionView) getCurrentView()).require().id();
        draw(mock, DESIGN);
        assertThat(mock.findings.getParent()).as("a mock interview keeps the findings for the report").isEmpty();
        assertThat($(org.designcoach.scoring.FindingsPanel.class, mock).exists()).isFalse();
        assertThat(sessions.open(mockId).answers().design().components()).hasSize(2);
    }

    @Test
    void theWorksheetSaysWhichScaleTierTheLearnersPeakPutsTheCaseIn() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
        var stage = (EstimationStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        assertThat(stage.tier.getText()).contains("Once your peak line reads as a rate");

        test(stage.results.get("peakReadQps")).setValue("1200");
        assertThat(stage.tier.getText()).contains("1.2k /s", "100 to 10,000 requests per second");

        test(stage.results.get("peakReadQps")).setValue("40 QPS");
        assertThat(stage.tier.getText()).contains("under 100 requests per second");
    }

    @Test
    void theClocksWarnAMinuteBeforeTheStageAndBeforeTheSessionEnds() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));

        clockWarning(view.stageClock);
        assertThat(lastNotification()).startsWith(SessionView.STAGE_WARNING);
        clockWarning(view.sessionClock);
        assertThat(lastNotification()).startsWith(SessionView.SESSION_WARNING).contains("whole session");
    }

    @Test
    void aClockWarningStaysUntilItIsDismissed() {
        SessionView view = open(sessions.start("url-shortener", Mode.MOCK, "mid"));

        clockWarning(view.stageClock);
        var warning = $(com.vaadin.flow.component.notification.Notification.class).last();
        assertThat(warning.getDuration()).as("milliseconds before it closes by itself; 0 is never").isZero();
        assertThat(warning.isOpened()).isTrue();

        test($(com.vaadin.flow.component.button.Button.class, warning).withText("Dismiss").single()).click();

        assertThat(warning.isOpened()).isFalse();
    }

    private static void clockWarning(SessionClockElement clock) {
        var element = clock.getElement();
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class).fireEvent(
                new com.vaadin.flow.dom.DomEvent(element, "clock-warning",
                        com.vaadin.flow.internal.JacksonUtils.createObjectNode()));
    }

    private String lastNotification() {
        var notifications = $(com.vaadin.flow.component.notification.Notification.class).all();
        assertThat(notifications).isNotEmpty();
        var last = notifications.getLast();
        // A warning carries its text beside a Dismiss button; other notifications are plain text.
        var text = $(com.vaadin.flow.component.html.Span.class, last).all();
        return text.isEmpty() ? test(last).getText() : text.getFirst().getText();
    }

    @Test
    void theReportShowsTimeAgainstBudgetTheMistakesAndBothDesigns() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(
                new org.designcoach.design.Design(1, List.of(component("api", "app-server")), List.of(), List.of())));
        // Seven minutes into a five-minute stage, set in the stored clock: the application's clock is real.
        PracticeSession stored = repository.findById(state.id()).orElseThrow();
        StageClock started = SessionJson.clock(stored.getClockJson());
        stored.update(SessionJson.write(new StageClock(started.budgets(), started.spent(), Stage.REQUIREMENTS,
                java.time.Instant.now().minus(Duration.ofMinutes(7)), null)), stored.getAnswersJson(),
                java.time.Instant.now());
        repository.saveAndFlush(stored);
        sessions.finish(state.id(), sessions.open(state.id()).version());

        var report = navigate(ReportView.class, java.util.Map.of("sessionId", String.valueOf(state.id())));

        assertThat(test(report.stages).getCellText(0, 2)).matches("7:0\\d of 5:00 \\(over\\)");
        assertThat(test(report.stages).getCellText(1, 2)).isEqualTo("0:00 of 3:00");
        String text = report.body.getElement().getTextRecursively();
        assertThat(text).contains("Common mistakes in this session", "Drawing before asking", "No numbers");
        assertThat($(org.designcoach.canvas.DesignCanvas.class, report.body).all()).hasSize(2);
        assertThat(text).contains("What an interviewer expects of a mid-level candidate",
                SessionFixtures.urlShortener().levelExpectations().get("mid"));
        assertThat(text).contains("Assumptions", "New links per month", "Deep dives", "None examined.",
                "Generating short codes", "Trade-offs", "None named.");
    }

    @Test
    void theReportSetsTheLearnersMonthlyCostBesideTheBillOfTheirDesign() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(
                new org.designcoach.design.Design(1, List.of(component("users", "web-client"),
                        component("api", "app-server")), List.of(), List.of())));
        state = sessions.save(state.id(), state.version(), state.answers().withTradeoffs(List.of(),
                Map.of("monthlyCost", "About 900 USD, mostly the database")));
        sessions.finish(state.id(), state.version());

        var report = navigate(ReportView.class, java.util.Map.of("sessionId", String.valueOf(state.id())));

        var section = $(com.vaadin.flow.component.html.Div.class, report.body).all().stream()
                .filter(div -> div.hasClassName("session-costs")).findFirst().orElseThrow();
        assertThat(section.getElement().getTextRecursively()).contains("Your answer",
                "About 900 USD, mostly the database", "Your design at the catalog's prices", "In all about");
        var bill = $(org.designcoach.traffic.CostTable.class, section).single();
        assertThat(bill.getElement().getTextRecursively()).contains("Monthly cost per component");
        assertThat(sessions.costs(state.id()).costs()).singleElement()
                .satisfies(line -> assertThat(line.componentId()).as("clients cost nothing").isEqualTo("api"));
    }

    @Test
    void theReportOfAnUnfinishedSessionOpensTheSessionInstead() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");

        SessionView view = navigate("sessions/" + state.id() + "/report", SessionView.class);

        assertThat(view.require().id()).isEqualTo(state.id());
    }

    @Test
    void theStartPageGivesTheCasesBudgetsAndWhatTheChosenLevelExpects() {
        var start = navigate(StartSessionView.class, java.util.Map.of("caseId", "url-shortener"));

        assertThat(start.budgets.getText()).contains("requirements 5 min", "deep dive 20 min");
        assertThat(start.level.getHelperText()).contains("adds a cache with a stated hit ratio");
        test(start.level).selectItem("Senior");
        assertThat(start.level.getHelperText()).contains("CDN caching of redirects");
        assertThat(start.start.isDisableOnClick()).as("a double click starts one session").isTrue();
    }

    private SessionView open(SessionState state) {
        return navigate(SessionView.class, java.util.Map.of("sessionId", String.valueOf(state.id())));
    }
}
