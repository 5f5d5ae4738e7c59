package org.designcoach.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.communication.UidlWriter;
import org.designcoach.design.DesignJson;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.TestAccounts;
import org.designcoach.content.DesignDocuments;
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
class SandboxViewTest extends SpringBrowserlessTest {

    private static final String DESIGN = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync"}]}""";
    private static final String EMPTY = """
            {"version": 1, "components": [], "connections": []}""";

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
    }

    @Test
    void aNewCaseStartsEmptyAndSaysNothingIsSavedYet() {
        var view = navigate(SandboxView.class, "url-shortener");

        assertThat(view.caseSelect.getValue().id()).isEqualTo("url-shortener");
        assertThat(view.status.getText()).isEqualTo("Nothing saved for this case yet.");
        assertThat(view.canvas.getElement().getProperty("design")).contains("\"components\":[]");
        assertThat(view.problems.isVisible()).isFalse();
    }

    @Test
    void aChangeOnTheCanvasIsSavedAndJudged() {
        var view = navigate(SandboxView.class, "url-shortener");
        String before = view.findings.getElement().getTextRecursively();
        score(view);

        change(view, DESIGN);

        assertThat(view.status.getText()).startsWith("Saved at");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.findings.getElement().getTextRecursively()).as("judged again").isNotEqualTo(before)
                .doesNotContain("Nothing drawn yet");
        assertThat(view.findings.getElement().getTextRecursively()).as("the sum behind the score, in one line")
                .containsPattern("Score \\d+ = \\d+ for \\d+ of \\d+ key requirements met \\+ 40 for quality − \\d+ in findings");
        assertThat(navigate(SandboxView.class, "url-shortener").canvas.getElement().getProperty("design"))
                .contains("\"id\":\"api\"");
    }

    @Test
    void aRefusedChangeIsExplainedAndTheCanvasGoesBackToTheSavedDesign() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);

        change(view, DESIGN.replace("\"type\": \"app-server\"", "\"type\": \"app-server\", \"label\": \"<b>api</b>\""));

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("was not kept", "HTML markup");
        assertThat(view.canvas.getElement().getProperty("design")).doesNotContain("<b>");
    }

    @Test
    void aDesignOverTheComponentLimitIsRefusedAndTheBrowserGetsTheSavedDesignBack() {
        change(navigate(SandboxView.class, "url-shortener"), DESIGN);
        // Opened again, the canvas holds the saved design, so the refused one is the browser's alone.
        var view = navigate(SandboxView.class, "url-shortener");
        String saved = view.canvas.getElement().getProperty("design");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        change(view, designOf(DesignDocuments.MAX_COMPONENTS + 1));

        assertThat(view.problems.getElement().getTextRecursively())
                .contains("back to your last saved design", "at most " + DesignDocuments.MAX_COMPONENTS + " components");
        assertThat(view.canvas.getElement().getProperty("design")).isEqualTo(saved).contains("\"id\":\"api\"");
        // The property did not change on the server, so only an explicit call makes the browser redraw it.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anyMatch(call -> call.getInvocation().getExpression().contains("this.design = $0")
                        && call.getInvocation().getParameters().contains(saved));
        assertThat(navigate(SandboxView.class, "url-shortener").canvas.getElement().getProperty("design"))
                .isEqualTo(saved);
    }

    @Test
    void aFileThatIsNotADesignIsRefusedAndChangesNothing() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);

        view.importText("this is not json", "notes.txt");

        assertThat(view.problems.getElement().getTextRecursively()).contains("notes.txt was not imported", "not valid JSON");
        assertThat(navigate(SandboxView.class, "url-shortener").canvas.getElement().getProperty("design"))
                .contains("\"id\":\"api\"");
    }

    @Test
    void anImportedDesignReplacesTheDrawingAndIsSaved() {
        var view = navigate(SandboxView.class, "url-shortener");

        view.importText(DESIGN.replace("\"api\"", "\"backend\""), "mine.json");

        assertThat(view.canvas.getElement().getProperty("design")).contains("\"id\":\"backend\"");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(navigate(SandboxView.class, "url-shortener").canvas.getElement().getProperty("design"))
                .contains("\"id\":\"backend\"");
    }

    @Test
    void deletingTheLastComponentLeavesAnEmptySavedDesign() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);

        change(view, EMPTY);

        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.status.getText()).startsWith("Saved at");
        assertThat(view.findings.getElement().getTextRecursively()).contains("Nothing drawn yet");
        assertThat(navigate(SandboxView.class, "url-shortener").canvas.getElement().getProperty("design"))
                .contains("\"components\":[]");
    }

    @Test
    void anExportedEmptyDesignIsImportedAgain() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);

        view.importText(EMPTY, "empty.json");

        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.canvas.getElement().getProperty("design")).contains("\"components\":[]");
        assertThat(navigate(SandboxView.class, "url-shortener").canvas.getElement().getProperty("design"))
                .contains("\"components\":[]");
    }

    @Test
    void anImportSaysItIsSavedAndClearsTheMarksOfTheOldFindings() {
        var view = navigate(SandboxView.class, "url-shortener");
        view.canvas.highlight(List.of("api"));

        view.importText(DESIGN.replace("\"api\"", "\"backend\""), "mine.json");

        assertThat(view.status.getText()).startsWith("Saved at");
        assertThat(view.canvas.getElement().getProperty("highlighted")).isEqualTo("[]");
    }

    @Test
    void anUnknownCaseInTheAddressFallsBackToTheFirstCaseWithAMessage() {
        var view = navigate(SandboxView.class, "no-such-case");

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("There is no case with the id 'no-such-case'");
        assertThat(view.caseSelect.getValue()).isNotNull();
    }

    @Test
    void aLoadTypedByTheLearnerChangesTheJudgement() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        String atCaseLoad = view.findings.getElement().getTextRecursively();

        test(view.peakLoad).setValue(50.0);

        assertThat(view.findings.getElement().getTextRecursively()).isNotEqualTo(atCaseLoad)
                .doesNotContain("No cache under a read-heavy load");
        assertThat(atCaseLoad).contains("No cache under a read-heavy load");
    }

    @Test
    void aNegativeLoadIsRefusedWithTheRangeAndTheFindingsStayAsTheyWere() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        String atCaseLoad = view.findings.getElement().getTextRecursively();

        // Set on the field itself: the browserless tester refuses a value out of the field's range.
        view.peakLoad.setValue(-5.0);

        assertThat(view.peakLoad.isInvalid()).isTrue();
        assertThat(view.peakLoad.getErrorMessage()).contains("from 1 to 1,000,000,000 requests a second");
        assertThat(view.findings.getElement().getTextRecursively()).isEqualTo(atCaseLoad);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSimulationRunsTheDrawnDesignAndExplainsWhatItCannotRun() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        var run = $(Button.class, view.simulation).withText("Run the simulation").single();

        test(run).click();
        String text = view.simulation.getElement().getTextRecursively();
        assertThat(text).contains("Latency p50", "Bottleneck:");
        // The canvas's colours and widths go to the browser in one call and are not kept in the session.
        String sent = new UidlWriter().createUidl(UI.getCurrent(), false).toString();
        assertThat(sent).contains("this.utilisation = $0; this.flow = $1;", "{\\\"api\\\":[");
        // One arrow: at each point it carries its share of its own busiest point, which is 1.0.
        assertThat(sent).containsPattern("\\{\\\\\"web->api\\\\\":\\[[0-9.,]*\\b1\\.0[,\\]]");
        assertThat(view.canvas.getElement().hasProperty("utilisation")).isFalse();
        assertThat(view.canvas.getElement().hasProperty("flow")).isFalse();

        test($(Select.class, view.simulation).withCaption("Scenario").single()).selectItem("A component fails");
        test(run).click();
        assertThat(view.simulation.getElement().getTextRecursively()).contains("Pick the component that fails.");
    }

    @Test
    void aLoadOutsideTheSimulatorsRangeIsExplainedInTheLoadField() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        var load = $(NumberField.class, view.simulation).withCaption("Peak load").single();

        load.setValue(1e12); // as typed: the tester's setValue refuses what the field's own checks refuse
        test(runButton(view)).click();

        assertThat(load.isInvalid()).isTrue();
        assertThat(load.getErrorMessage()).contains("from 1 to 1,000,000,000 requests/s");
        assertThat(view.simulation.getElement().getTextRecursively()).contains("The peak load: Type a load from 1")
                .doesNotContain("Latency p50");
    }

    @Test
    void aDurationOutsideItsRangeIsExplainedInTheDurationField() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        var duration = $(IntegerField.class, view.simulation).withCaption("Duration (seconds)").single();

        duration.setValue(5);
        test(runButton(view)).click();

        assertThat(duration.isInvalid()).isTrue();
        assertThat(duration.getErrorMessage()).isEqualTo("Type a duration from 10 to 3,600 seconds.");
        assertThat(view.simulation.getElement().getTextRecursively()).contains("The duration: Type a duration");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWhatIfThatPushesTheLoadPastTheLimitSaysSoInReadableNumbers() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        test($(NumberField.class, view.simulation).withCaption("Peak load").single()).setValue(2e8);
        var whatIf = $(RadioButtonGroup.class, view.simulation).single();

        whatIf.setValue(10);
        test(runButton(view)).click();

        assertThat(whatIf.isInvalid()).isTrue();
        assertThat(whatIf.getErrorMessage()).isEqualTo("200,000,000 × 10 is 2,000,000,000 requests/s, above the "
                + "1,000,000,000 the simulator takes. Pick a smaller factor or a lower load.");
    }

    @Test
    void selectingAComponentExplainsItsQueueWithTheNumbersOfTheRun() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        test($(NumberField.class, view.simulation).withCaption("Peak load").single()).setValue(500.0);
        select(view, "[\"api\"]");
        assertThat(view.simulation.getElement().getTextRecursively()).contains("Run the simulation to see the numbers");

        test(runButton(view)).click();

        String text = view.simulation.getElement().getTextRecursively();
        assertThat(text).containsPattern("λ = 5\\d\\d requests/s arrive on average; c = 1 instance works on "
                        + "k = \\d+ requests at once for S = [\\d.]+ ms each")
                .contains("Utilisation ρ = λ / (c·k·μ) = ", "Erlang C gives the chance that a request waits: C = ",
                        "Wq = C / (c·k·μ − λ)", "W = Wq + S", "L = X·W", "Busiest second", "p99", "Largest backlog");
        select(view, "[\"web\"]");
        assertThat(view.simulation.getElement().getTextRecursively()).contains("is a client");
        assertThat($(Button.class, view.simulation).withText("Fail this component").exists()).isFalse();
    }

    @Test
    void failingTheSelectedComponentRunsThatScenarioAndShowsItDown() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        select(view, "[\"api\"]");
        assertThat($(Button.class, view.simulation).withText("Flush this cache").exists()).isFalse();

        test($(Button.class, view.simulation).withText("Fail this component").single()).click();

        assertThat($(Select.class, view.simulation).withCaption("Scenario").single().getValue())
                .hasToString("FAILURE");
        assertThat(view.simulation.getElement().getTextRecursively()).contains("Bottleneck: ", "down, so",
                "was down while requests still arrived");
    }

    @Test
    void aComponentSelectedOnTheCanvasIsPickedByItsExactIdAsTheOneThatFails() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN.replace("{\"id\": \"api\", \"type\": \"app-server\"}",
                "{\"id\": \"api\", \"type\": \"app-server\"}, {\"id\": \"api-2\", \"type\": \"app-server\"}"));
        var scenario = $(Select.class, view.simulation).withCaption("Scenario").single();
        test(scenario).selectItem("A component fails");

        select(view, "[\"api-2\"]");

        assertThat($(Select.class, view.simulation).withCaption("Component").single().getValue())
                .extracting("id").isEqualTo("api-2");
    }

    @Test
    void failingSomeInstancesLeavesTheComponentServingAndFlushingIsOfferedForACache() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, """
                {"version": 1,
                 "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server", "instances": 3},
                                {"id": "cache", "type": "cache"}],
                 "connections": [{"from": "web", "to": "api", "mode": "sync"}, {"from": "api", "to": "cache", "mode": "sync"}]}""");
        test($(NumberField.class, view.simulation).withCaption("Peak load").single()).setValue(300.0);
        assertThat($(IntegerField.class, view.simulation).withCaption("Instances that fail").exists()).isFalse();
        test($(Select.class, view.simulation).withCaption("Scenario").single()).selectItem("A component fails");
        select(view, "[\"api\"]");

        test($(IntegerField.class, view.simulation).withCaption("Instances that fail").single()).setValue(2);
        test(runButton(view)).click();

        assertThat(view.simulation.getElement().getTextRecursively()).contains("errors 0.0 %")
                .doesNotContain("down, so");
        select(view, "[\"cache\"]");
        test($(Button.class, view.simulation).withText("Flush this cache").single()).click();
        assertThat($(Select.class, view.simulation).withCaption("Scenario").single().getValue())
                .hasToString("CACHE_FLUSH");
        assertThat(view.simulation.getElement().getTextRecursively()).contains("Latency p50");
    }

    private void select(SandboxView view, String idsJson) {
        var element = view.canvas.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "selection-change",
                DesignJson.MAPPER.readTree("{\"event.detail.components\":" + idsJson + "}")));
    }

    private Button runButton(SandboxView view) {
        return $(Button.class, view.simulation).withText("Run the simulation").single();
    }

    private static String designOf(int components) {
        StringBuilder json = new StringBuilder("{\"version\": 1, \"connections\": [], \"components\": [");
        for (int i = 0; i < components; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"api").append(i).append("\", \"type\": \"app-server\"}");
        }
        return json.append("]}").toString();
    }

    private void change(SandboxView view, String json) {
        ComponentUtil.fireEvent(view.canvas, new DesignCanvas.DesignChangeEvent(view.canvas, true, json));
    }

    private String score(SandboxView view) {
        var matcher = java.util.regex.Pattern.compile("Score \\d+ / 100")
                .matcher(view.findings.getElement().getTextRecursively());
        assertThat(matcher.find()).as("the panel shows a score").isTrue();
        return matcher.group();
    }
}
