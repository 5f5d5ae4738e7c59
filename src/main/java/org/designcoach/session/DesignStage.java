package org.designcoach.session;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.canvas.ProblemBox;
import org.designcoach.content.InvalidDesignException;
import org.designcoach.design.Design;
import org.designcoach.scoring.FindingsPanel;
import org.designcoach.traffic.SimulationPanel;
import org.designcoach.traffic.TrafficService;

/** Stage 3: the canvas, judged against the learner's own estimates; live findings in guided mode. */
class DesignStage extends Composite<Div> {

    final DesignCanvas canvas;
    final FindingsPanel findings;
    final ProblemBox problems = new ProblemBox();
    private final SessionService sessions;
    private final long sessionId;

    private Design current;

    DesignStage(SessionService sessions, TrafficService traffic, SessionState state, Saver saver) {
        this.sessions = sessions;
        this.sessionId = state.id();
        this.canvas = new DesignCanvas(sessions.palette());
        this.findings = new FindingsPanel(canvas::highlight);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        var intro = new Paragraph(state.mode() == Mode.GUIDED
                ? "Draw the architecture. The findings below follow each change, judged at your own peak estimate."
                : "Draw the architecture. In a mock interview the findings wait for the report, as they would in "
                        + "the room.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        current = state.answers().design() != null ? state.answers().design()
                : new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of());
        canvas.setDesign(current);
        canvas.addDesignChangeListener(event -> {
            try {
                Design design = sessions.readDesign(event.json());
                current = design;
                problems.clear();
                saver.save(answers -> answers.withDesign(design));
                refreshFindings(state.mode());
            } catch (InvalidDesignException e) {
                problems.show("That change was not kept: the canvas is back to your last saved design.", e.problems());
                canvas.setDesign(current);
            }
        });
        getContent().add(new H3("Your architecture"), intro, problems, canvas);
        if (state.mode() == Mode.GUIDED) {
            getContent().add(findings);
            refreshFindings(state.mode());
            getContent().add(new SimulationPanel(traffic, canvas, () -> current, () -> Optional.of(state.caseId()),
                    () -> sessions.estimatedPeak(sessionId))
                    .withEstimatedReadFraction(() -> sessions.estimatedReadFraction(sessionId)));
        }
    }

    private void refreshFindings(Mode mode) {
        if (mode == Mode.GUIDED) {
            findings.show(sessions.designFindings(sessionId));
        }
    }
}
