package org.designcoach.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.designcoach.canvas.DesignCanvas;
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
class SandboxViewTest extends SpringBrowserlessTest {

    private static final String DESIGN = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync"}]}""";

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
        String before = score(view);

        change(view, DESIGN);

        assertThat(view.status.getText()).startsWith("Saved at");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(score(view)).isNotEqualTo(before);
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
    @SuppressWarnings("unchecked")
    void theSimulationRunsTheDrawnDesignAndExplainsWhatItCannotRun() {
        var view = navigate(SandboxView.class, "url-shortener");
        change(view, DESIGN);
        var run = $(Button.class, view.simulation).withText("Run the simulation").single();

        test(run).click();
        String text = view.simulation.getElement().getTextRecursively();
        assertThat(text).contains("Latency p50", "Bottleneck:");
        assertThat(view.canvas.getElement().getProperty("utilisation")).contains("\"api\"");
        // One arrow: each second it carries its share of its own busiest second, which is 1.0.
        assertThat(view.canvas.getElement().getProperty("flow")).startsWith("{\"web->api\":[")
                .containsPattern("[\\[,]1\\.0[,\\]]");

        change(view, DESIGN.replace("app-server", "microservice"));
        assertThat(view.canvas.getElement().getProperty("utilisation")).as("colours of the earlier run").isEqualTo("{}");
        assertThat(view.canvas.getElement().getProperty("flow")).as("widths of the earlier run").isEqualTo("{}");
        change(view, DESIGN);

        test($(Select.class, view.simulation).withCaption("Scenario").single()).selectItem("A component fails");
        test(run).click();
        assertThat(view.simulation.getElement().getTextRecursively()).contains("Pick the component that fails.");
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
