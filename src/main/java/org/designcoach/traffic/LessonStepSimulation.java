package org.designcoach.traffic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.content.Lesson;
import org.designcoach.content.StepSimulation;
import org.designcoach.design.Design;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.simulation.RunSeries;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.Summary;
import org.designcoach.simulation.Tick;
import org.jspecify.annotations.Nullable;

/**
 * A lesson step's "see it break": the step's architecture run at the load where the lesson says it
 * breaks, with its outage when the step's failure is one (checked by ScaleJourneyTest), the bottleneck
 * named and coloured on the drawing.
 */
@org.springframework.stereotype.Component
class LessonStepSimulation implements StepSimulation {

    static final int RUN_SECONDS = 60;

    private final TrafficService traffic;

    LessonStepSimulation(TrafficService traffic) {
        this.traffic = traffic;
    }

    /** A load that cannot be read leaves the lesson readable: the panel says why there is nothing to run. */
    @Override
    public Component atBreakingLoad(DesignCanvas canvas, Design design, String breaksAt,
            Lesson.@Nullable Outage outage) {
        var result = new Paragraph();
        result.getElement().setAttribute("aria-live", "polite");
        var chart = new SimulationChart();
        chart.setVisible(false);
        var panel = new Div(result, chart);
        try {
            double load = QuantityParser.parse(breaksAt).in("/s");
            String label = String.format(Locale.ROOT, "Run it at %,.0f requests a second", load)
                    + (outage == null ? "" : " and fail " + outage.place() + " a third of the way in");
            panel.addComponentAsFirst(new Button(label, event -> show(canvas, design, request(load, outage), result,
                    chart)));
        } catch (QuantityException e) {
            result.setText("This step cannot be simulated: its load '" + breaksAt + "' is not a rate. "
                    + e.getMessage());
        }
        panel.addClassNames("lesson-simulation", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.Margin.Top.MEDIUM);
        return panel;
    }

    /** The run a step's button makes: a minute at the breaking load, its outage a third of the way in. */
    static TrafficRequest request(double load, Lesson.@Nullable Outage outage) {
        if (outage == null) {
            return new TrafficRequest(load, RUN_SECONDS, ScenarioKind.STEADY, null);
        }
        ScenarioKind kind = outage.kind().equals("zone-failure") ? ScenarioKind.ZONE_FAILURE
                : ScenarioKind.REGION_FAILURE;
        return new TrafficRequest(load, RUN_SECONDS, kind, outage.place());
    }

    private void show(DesignCanvas canvas, Design design, TrafficRequest request, Paragraph result,
            SimulationChart chart) {
        try {
            SimulationRun run = traffic.run(Optional.empty(), design, request);
            result.setText(describe(run) + FanOut.note(run).map(note -> " " + note).orElse(""));
            canvas.highlight(BottleneckWords.marked(run.summary()));
            RunSeries series = RunSeries.of(run);
            canvas.showRun(SimulationPanel.utilisation(series), SimulationPanel.flow(series));
            chart.show(series, SimulationPanel.byName(series, run.summary()));
            chart.setVisible(true);
        } catch (SimulationException | QuantityException e) {
            result.setText("This step cannot be simulated: " + e.getMessage());
        }
    }

    private static String describe(SimulationRun run) {
        Summary summary = run.summary();
        if (!run.scenario().incidents().isEmpty()) {
            return String.format(Locale.ROOT, "Before the failure, %.1f %% of requests fail; from the second it "
                    + "happens, %.1f %% do.", errorsBefore(run, true) * 100, errorsBefore(run, false) * 100);
        }
        String bottleneck = summary.bottleneck() == null ? "nothing is saturated yet"
                : "the bottleneck is " + summary.bottleneck().reason();
        return String.format(Locale.ROOT, "At this load: p99 %.0f ms, %.1f %% of requests fail, and %s.",
                summary.latency().p99Ms(), summary.errorRate() * 100, bottleneck);
    }

    /** The share of requests that failed before the run's incident, or from it on. */
    static double errorsBefore(SimulationRun run, boolean before) {
        int at = (int) Math.round(run.scenario().durationSeconds() * TrafficService.INCIDENT_AT);
        double offered = 0;
        double failed = 0;
        for (Tick tick : run.ticks()) {
            if (tick.second() < at == before) {
                offered += tick.offeredRps();
                failed += tick.offeredRps() - tick.throughputRps();
            }
        }
        return offered > 0 ? failed / offered : 0;
    }
}
