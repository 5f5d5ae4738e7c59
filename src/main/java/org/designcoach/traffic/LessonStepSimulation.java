package org.designcoach.traffic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.content.StepSimulation;
import org.designcoach.design.Design;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.Summary;

/**
 * A lesson step's "see it break": the step's architecture run at the load where the lesson says it
 * breaks (checked by LessonBreakingLoadTest), the bottleneck named and coloured on the drawing.
 */
@org.springframework.stereotype.Component
class LessonStepSimulation implements StepSimulation {

    private final TrafficService traffic;

    LessonStepSimulation(TrafficService traffic) {
        this.traffic = traffic;
    }

    /** A load that cannot be read leaves the lesson readable: the panel says why there is nothing to run. */
    @Override
    public Component atBreakingLoad(DesignCanvas canvas, Design design, String breaksAt) {
        var result = new Paragraph();
        result.getElement().setAttribute("aria-live", "polite");
        var chart = new SimulationChart();
        chart.setVisible(false);
        var panel = new Div(result, chart);
        try {
            double load = QuantityParser.parse(breaksAt).in("/s");
            panel.addComponentAsFirst(new Button(String.format(Locale.ROOT, "Run it at %,.0f requests a second", load),
                    event -> show(canvas, design, load, result, chart)));
        } catch (QuantityException e) {
            result.setText("This step cannot be simulated: its load '" + breaksAt + "' is not a rate. "
                    + e.getMessage());
        }
        panel.addClassNames("lesson-simulation", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.Margin.Top.MEDIUM);
        return panel;
    }

    private void show(DesignCanvas canvas, Design design, double load, Paragraph result, SimulationChart chart) {
        try {
            SimulationRun run = traffic.run(Optional.empty(), design,
                    new TrafficRequest(load, 60, ScenarioKind.STEADY, null));
            result.setText(describe(run.summary()));
            canvas.highlight(BottleneckWords.marked(run.summary()));
            canvas.showLoad(SimulationPanel.utilisation(run.ticks()));
            canvas.showFlow(SimulationPanel.flow(run.ticks()));
            chart.show(run.ticks(), SimulationPanel.byName(run));
            chart.setVisible(true);
        } catch (SimulationException | QuantityException e) {
            result.setText("This step cannot be simulated: " + e.getMessage());
        }
    }

    private static String describe(Summary summary) {
        String bottleneck = summary.bottleneck() == null ? "nothing is saturated yet"
                : "the bottleneck is " + summary.bottleneck().reason();
        return String.format(Locale.ROOT, "At this load: p99 %.0f ms, %.1f %% of requests fail, and %s.",
                summary.latency().p99Ms(), summary.errorRate() * 100, bottleneck);
    }
}
