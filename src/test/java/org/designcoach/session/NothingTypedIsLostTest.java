package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Opening a stage again shows what was saved and changes nothing: only the learner's typing saves. */
@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class NothingTypedIsLostTest extends SpringBrowserlessTest {

    private static final Map<String, String> ESTIMATES = Map.of("writeQps", "40 /s", "readQps", "400 /s",
            "storage", "3 TB", "bandwidth", "12 parsecs");

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
    }

    @Test
    void reopeningTheWorksheetKeepsEveryLineIncludingTheLastFilledOne() {
        SessionState state = worksheetWith(Map.of("peakFactor", "3", "recordSize", "500 B"), ESTIMATES);

        for (int reopening = 1; reopening <= 3; reopening++) {
            navigate(SessionListView.class);
            var stage = (EstimationStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
            assertThat(stage.results.get("bandwidth").getValue()).isEqualTo("12 parsecs");
            assertThat(stage.results.get("bandwidth").getErrorMessage()).contains("'parsecs' is not a unit");
        }

        SessionState stored = sessions.open(state.id());
        assertThat(stored.answers().estimates()).isEqualTo(ESTIMATES);
        assertThat(stored.answers().assumptions()).containsOnlyKeys("peakFactor", "recordSize");
        assertThat(stored.version()).as("opening a stage saves nothing").isEqualTo(state.version());
    }

    @Test
    void reopeningTheRequirementsSavesNothing() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withRequirements(
                List.of("Shorten a link", "Redirect"), List.of("Fast redirects")));

        var stage = (RequirementsStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        assertThat(stage.nonFunctional.getValue()).isEqualTo("Fast redirects");
        assertThat(sessions.open(state.id()).version()).isEqualTo(state.version());
    }

    @Test
    void aChangeFromAnOlderTabOpensADialogWithWhatWasTypedThereToCopy() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        SessionView view = open(state);
        sessions.save(state.id(), state.version(), state.answers().withRequirements(List.of("From the other tab"),
                List.of()));

        view.save(answers -> answers.withRequirements(List.of("Shorten a long URL"), List.of("Redirect in 100 ms")));
        view.save(answers -> answers.withTradeoffs(List.of(new SessionAnswers.TradeOffAnswer("PostgreSQL",
                "Well known", "Writes do not scale out", "40 writes a second")), Map.of("twoX", "The database")));

        assertThat(view.stale.isOpened()).isTrue();
        assertThat(view.staleMessage.getText()).contains("another tab", "Copy what you typed");
        assertThat(view.unsavedText.isReadOnly()).isTrue();
        assertThat(view.unsavedText.getValue()).contains("Functional requirements:\nShorten a long URL",
                "Non-functional requirements:\nRedirect in 100 ms", "Decision: PostgreSQL",
                "Accepted because: 40 writes a second", "What breaks first at twice the load?\nThe database");
        assertThat(view.copyUnsaved.isVisible()).isTrue();
        assertThat(sessions.open(state.id()).answers().functional()).containsExactly("From the other tab");

        test(view.reload).click();

        assertThat(view.stale.isOpened()).isFalse();
        var stage = (RequirementsStage) view.stageArea.getChildren().findFirst().orElseThrow();
        assertThat(stage.functional.getValue()).isEqualTo("From the other tab");
    }

    @Test
    void aMoveFromAnOlderTabWithNothingTypedSaysSoWithoutACopyButton() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        SessionView view = open(state);
        sessions.save(state.id(), state.version(), state.answers().withRequirements(List.of("Elsewhere"), List.of()));

        test(view.next).click();

        assertThat(view.stale.isOpened()).isTrue();
        assertThat(view.unsavedText.isVisible()).isFalse();
        assertThat(view.copyUnsaved.isVisible()).isFalse();
        assertThat(view.require().stage()).isEqualTo(Stage.REQUIREMENTS);
    }

    @Test
    void untickingAComponentAndTickingItAgainBringsBackItsDeepDive() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(new Design(Design.CURRENT_VERSION,
                List.of(component("api", "app-server"), component("db", "sql-database")), List.of(), List.of())));
        state = sessions.goTo(state.id(), state.version(), Stage.DEEP_DIVE);
        var stage = (DeepDiveStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        DesignComponent api = state.answers().design().components().getFirst();
        DesignComponent db = state.answers().design().components().getLast();
        stage.chosen.setValue(Set.of(api, db));
        var form = $(DeepDiveStage.DeepDiveForm.class, stage).first();
        test(form.challenge).setValue("Serving 1,700 redirects a second");

        stage.chosen.setValue(Set.of(db));
        stage.chosen.setValue(Set.of(api, db));

        var again = $(DeepDiveStage.DeepDiveForm.class, stage).all().stream()
                .filter(f -> f.challenge.getValue().equals("Serving 1,700 redirects a second")).toList();
        assertThat(again).hasSize(1);
        assertThat(sessions.open(state.id()).answers().deepDives()).extracting(DeepDiveAnswer::challenge)
                .contains("Serving 1,700 redirects a second");
    }

    @Test
    void tickingASecondComponentLeavesTheFirstFormOnThePageAndPutsTheNewOneInTheDesignsOrder() {
        SessionState state = deepDiveOf(component("api", "app-server"), component("db", "sql-database"));
        var stage = (DeepDiveStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        DesignComponent api = state.answers().design().components().getFirst();
        DesignComponent db = state.answers().design().components().getLast();
        stage.chosen.setValue(Set.of(db));
        var first = $(DeepDiveStage.DeepDiveForm.class, stage).single();
        var detached = new java.util.concurrent.atomic.AtomicBoolean();
        first.addDetachListener(event -> detached.set(true));

        stage.chosen.setValue(Set.of(api, db));

        // Never detached: the browser keeps the same element, and whatever is being typed into it.
        assertThat(detached).isFalse();
        assertThat(stage.forms.getChildren().toList()).hasSize(2).last().isSameAs(first);
        assertThat(sessions.open(state.id()).answers().deepDives()).extracting(DeepDiveAnswer::componentId)
                .containsExactly("api", "db");
    }

    @Test
    void aSecondOptionTypedBeforeTheFirstStaysTheSecond() {
        SessionState state = deepDiveOf(component("api", "app-server"), component("db", "sql-database"));
        var stage = (DeepDiveStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        stage.chosen.setValue(Set.copyOf(state.answers().design().components()));
        test($(DeepDiveStage.DeepDiveForm.class, stage).first().options.get(1)).setValue("Read replicas");

        navigate(SessionListView.class);
        var reopened = (DeepDiveStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        var options = $(DeepDiveStage.DeepDiveForm.class, reopened).first().options;
        assertThat(options).extracting(field -> field.getValue()).containsExactly("", "Read replicas", "");
    }

    @Test
    void aQuestionOfTheLearnersOwnStaysOnThePageAnsweredOrNot() {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        var stage = (RequirementsStage) open(state).stageArea.getChildren().findFirst().orElseThrow();
        test(stage.ownQuestion).setValue("Which colour are the short links?");
        test(stage.ask).click();

        navigate(SessionListView.class);
        var reopened = (RequirementsStage) open(state).stageArea.getChildren().findFirst().orElseThrow();

        assertThat(reopened.getElement().getTextRecursively()).contains("Which colour are the short links?",
                RequirementsStage.YOUR_ASSUMPTION);
    }

    private static DesignComponent component(String id, String type) {
        return new DesignComponent(id, type, null, null, null, null, null, null, null, null, null);
    }

    private SessionState deepDiveOf(DesignComponent... components) {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(new Design(Design.CURRENT_VERSION,
                List.of(components), List.of(), List.of())));
        return sessions.goTo(state.id(), state.version(), Stage.DEEP_DIVE);
    }

    private SessionState worksheetWith(Map<String, String> assumptions, Map<String, String> estimates) {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withWorksheet(assumptions, estimates));
        return sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
    }

    private SessionView open(SessionState state) {
        return navigate(SessionView.class, Map.of("sessionId", String.valueOf(state.id())));
    }
}
