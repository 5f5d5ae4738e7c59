package org.designcoach.traffic;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.designcoach.simulation.Summary;
import org.designcoach.simulation.Tick;

/**
 * Runs the design on the canvas through the traffic simulator and plays the run back: the chart
 * over time, the components coloured by how busy they are, the bottleneck named with its reason.
 */
public class SimulationPanel extends Composite<Div> {

    final Select<ScenarioKind> scenario = new Select<>();
    final Select<DesignComponent> component = new Select<>();
    final Select<String> place = new Select<>();
    final RunInputs inputs = new RunInputs();
    final Button run = new Button("Run the simulation");
    final Paragraph summary = new Paragraph();
    final Paragraph bottleneck = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Paragraph fanOut = new Paragraph();
    final CostTable costs = new CostTable();
    final SimulationChart chart = new SimulationChart();
    final Grid<StationReport> stations = new Grid<>();
    final StationExplanation explanation;
    private final TrafficService traffic;
    private final DesignCanvas canvas;
    private final Supplier<Design> design;
    private final Supplier<Optional<String>> caseId;
    private final Supplier<Optional<Double>> estimatedPeak;
    private Supplier<Optional<Double>> estimatedReadFraction = Optional::empty;

    /**
     * @param estimatedPeak the learner's own peak estimate, which is the load unless one is typed;
     *        without either, the case's peak
     */
    public SimulationPanel(TrafficService traffic, DesignCanvas canvas, Supplier<Design> design,
            Supplier<Optional<String>> caseId, Supplier<Optional<Double>> estimatedPeak) {
        this.traffic = traffic;
        this.canvas = canvas;
        this.design = design;
        this.caseId = caseId;
        this.estimatedPeak = estimatedPeak;
        explanation = new StationExplanation(traffic, canvas, design, this::inject, this::pickFromCanvas);
        getContent().addClassNames("simulation-panel", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        problem.addClassNames("sandbox-problems");
        problem.setVisible(false);
        bottleneck.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        getContent().add(new H3("Traffic simulation"), controls(), problem, summary, bottleneck, fanOut, chart,
                explanation, costs, howItWorks());
        chart.setVisible(false);
        fanOut.setVisible(false);
        costs.setVisible(false);
        // The chart moves the canvas's colours in the browser: no server round trip per frame.
        chart.getElement().executeJs("this.addEventListener('tick-change', e => { $0.tick = e.detail.second; })",
                canvas.getElement());
    }

    /**
     * @param readFraction the share of reads in the learner's own estimates; without one, the case's
     * @return this panel
     */
    public SimulationPanel withEstimatedReadFraction(Supplier<Optional<Double>> readFraction) {
        this.estimatedReadFraction = readFraction;
        return this;
    }

    /** Says where the load comes from when the panel's field is empty, in the words of the page around it. */
    public void setDefaultLoadHint(String hint) {
        inputs.load.setHelperText(hint);
    }

    private Div controls() {
        scenario.setLabel("Scenario");
        scenario.setItems(ScenarioKind.values());
        scenario.setItemLabelGenerator(ScenarioKind::title);
        scenario.setValue(ScenarioKind.STEADY);
        scenario.addValueChangeListener(event -> refreshComponents());
        component.setLabel("Component");
        component.setItemLabelGenerator(DesignComponent::displayName);
        component.setVisible(false);
        component.getElement().addEventListener("opened-changed", event -> {
            if (component.getValue() == null) {
                refreshComponents();
            }
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(event -> simulate());
        place.setLabel("Zone or region");
        place.setVisible(false);
        var row = new Div(scenario, component, inputs.instancesThatFail, place, inputs.load, inputs.whatIf,
                inputs.duration, run);
        row.addClassNames("sandbox-tools");
        return row;
    }

    private void refreshComponents() {
        boolean placeNeeded = scenario.getValue() != null && scenario.getValue().needsPlace();
        place.setVisible(placeNeeded);
        if (placeNeeded) {
            place.setItems(scenario.getValue() == ScenarioKind.ZONE_FAILURE
                    ? design.get().groups().stream().filter(g -> g.kind().equals("zone")).map(Design.Group::id).toList()
                    : design.get().components().stream().map(DesignComponent::region)
                            .filter(r -> r != null && !r.isBlank()).distinct().toList());
        }
        boolean needed = scenario.getValue() != null && scenario.getValue().needsComponent();
        component.setVisible(needed);
        inputs.instancesThatFail.setVisible(scenario.getValue() == ScenarioKind.FAILURE);
        if (needed) {
            List<DesignComponent> candidates = design.get().components().stream()
                    .filter(c -> scenario.getValue() != ScenarioKind.CACHE_FLUSH || c.type().equals("cache")
                            || c.type().equals("cdn"))
                    .filter(c -> !c.type().endsWith("-client") && !c.type().equals("iot-device")).toList();
            component.setItems(candidates);
        }
    }

    /** Runs the current design; whatever the simulator refuses is shown with its reason, nothing else changes. */
    void simulate() {
        Optional<String> unreadable = inputs.problem(this::fallbackPeak);
        if (unreadable.isPresent()) {
            showProblem(unreadable.get());
            return;
        }
        try {
            DesignComponent target = component.isVisible() ? component.getValue() : null;
            if (target != null && design.get().component(target.id()).isEmpty()) {
                refreshComponents();
                showProblem(target.displayName() + " is no longer in the design; pick the component again.");
                return;
            }
            String acted = place.isVisible() ? place.getValue() : target == null ? null : target.id();
            Design ran = design.get();
            SimulationRun result = traffic.run(caseId.get(), ran, new TrafficRequest(inputs.peak(this::fallbackPeak),
                    inputs.seconds(), scenario.getValue(), acted, inputs.failing(),
                    estimatedReadFraction.get().orElse(null)));
            show(result);
            explanation.showRun(result, ran);
        } catch (SimulationException e) {
            showProblem(e.getMessage());
        }
    }

    /** The load when none is typed: the learner's estimate, else the case's peak. */
    private double fallbackPeak() {
        return estimatedPeak.get().orElseGet(() -> caseId.get().map(traffic::defaultPeak).orElse(1000.0));
    }

    /** Clicking a component on the canvas picks it as the one that fails or is flushed, when one is asked for. */
    private void pickFromCanvas(DesignComponent picked) {
        if (scenario.getValue() == null || !scenario.getValue().needsComponent()) {
            return;
        }
        refreshComponents();
        if (component.getListDataView().contains(picked)) {
            component.setValue(picked);
        }
    }

    /** Runs the scenario the learner aimed at a component by clicking "Fail this component" or "Flush this cache". */
    private void inject(StationExplanation.Injection injection) {
        scenario.setValue(injection.kind());
        refreshComponents();
        inputs.instancesThatFail.clear();
        pickFromCanvas(injection.component());
        simulate();
    }

    private void show(SimulationRun result) {
        problem.setVisible(false);
        Summary s = result.summary();
        summary.setText(String.format(Locale.ROOT, "Latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms · throughput %,.0f req/s · "
                + "errors %.1f %% · availability %.3f %% · about %,.0f USD a month", s.latency().p50Ms(),
                s.latency().p95Ms(), s.latency().p99Ms(), s.meanThroughputRps(), s.errorRate() * 100,
                s.availability() * 100, s.monthlyCost()));
        bottleneck.setText(BottleneckWords.sentence(s));
        Optional<String> note = FanOut.note(result);
        fanOut.setText(note.orElse(""));
        fanOut.setVisible(note.isPresent());
        costs.show(s.costs());
        costs.setVisible(true);
        canvas.highlight(BottleneckWords.marked(s));
        canvas.showLoad(utilisation(result.ticks()));
        canvas.showFlow(flow(result.ticks()));
        chart.setVisible(true);
        chart.show(result.ticks(), byName(result));
        stations.setItems(s.stations());
    }

    /**
     * What each arrow ("from->to") carried in each second, as a share of the most any arrow carried in
     * any second of the run: one scale for the whole run, so that an arrow thickens as its traffic grows
     * while the run plays. Three decimals are finer than a pixel of width and keep the page's data small.
     */
    static Map<String, List<Double>> flow(List<Tick> ticks) {
        double busiest = ticks.stream().flatMap(t -> t.flow().values().stream()).mapToDouble(Double::doubleValue)
                .filter(Double::isFinite).max().orElse(0);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        if (!ticks.isEmpty()) {
            ticks.getFirst().flow().keySet().forEach(arrow -> series.put(arrow, ticks.stream()
                    .map(t -> share(t.flow().getOrDefault(arrow, 0.0), busiest)).toList()));
        }
        return series;
    }

    private static double share(double carried, double busiest) {
        return busiest > 0 && Double.isFinite(carried) ? Math.round(1000 * carried / busiest) / 1000.0 : 0;
    }

    /** The utilisation series keyed by the components' names, for the chart's legend. */
    static Map<String, List<Double>> byName(SimulationRun result) {
        Map<String, String> names = new LinkedHashMap<>();
        result.summary().stations().forEach(station -> names.put(station.componentId(), station.name()));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        utilisation(result.ticks()).forEach((id, values) -> {
            String name = names.getOrDefault(id, id);
            series.put(series.containsKey(name) ? name + " (" + id + ")" : name, values);
        });
        return series;
    }

    static Map<String, List<Double>> utilisation(List<Tick> ticks) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        if (!ticks.isEmpty()) {
            ticks.getFirst().utilisation().keySet().forEach(id -> series.put(id, ticks.stream()
                    .map(t -> t.utilisation().getOrDefault(id, 0.0)).toList()));
        }
        return series;
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private Details howItWorks() {
        stations.addColumn(StationReport::name).setHeader("Component").setFlexGrow(2);
        stations.addColumn(r -> String.format(Locale.ROOT, "%,.0f req/s", r.capacityRps())).setHeader("Capacity");
        stations.addColumn(r -> Double.isFinite(r.peakUtilisation())
                ? String.format(Locale.ROOT, "%.0f %%", r.peakUtilisation() * 100) : "down").setHeader("Peak load");
        stations.addColumn(r -> String.format(Locale.ROOT, "%.1f ms", r.meanResponseMs())).setHeader("Mean response");
        stations.addColumn(r -> String.format(Locale.ROOT, "%,.0f", r.droppedRequests())).setHeader("Dropped");
        stations.setAllRowsVisible(true);
        stations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        var text = new Paragraph("Each component is a queue with as many servers as it has instances (M/M/c). Its "
                + "capacity is instances × the catalog's capacity per instance; utilisation is arrivals ÷ capacity; the "
                + "chance of waiting follows Erlang C and the mean time in the component is the wait plus the service "
                + "time. Synchronous arrows add their components' times to the user's latency; asynchronous ones only "
                + "add backlog. A cache passes on its misses only. Above capacity, requests queue for up to a second and "
                + "are then dropped, which counts as errors. Select a component on the canvas to see these formulas "
                + "with its own numbers.");
        return new Details("How this works, and the numbers per component", new Div(text, stations));
    }
}
