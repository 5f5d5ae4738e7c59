package org.designcoach.traffic;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import org.designcoach.simulation.RunSeries;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.FlowRole;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.designcoach.simulation.Summary;

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
        // The chart moves the canvas's colours in the browser: no server round trip per frame. Both hold the
        // same points, so the chart's index is the canvas's.
        chart.getElement().executeJs("this.addEventListener('tick-change', e => { $0.tick = e.detail.index; })",
                canvas.getElement());
        // A closed page's run is no longer needed: the session keeps the panel until it expires.
        addDetachListener(event -> forgetRun());
    }

    /** Lets go of the last run's series and reports; the one-line summary stays, small and still true. */
    private void forgetRun() {
        chart.setVisible(false);
        explanation.forgetRun();
        canvas.forgetRun();
        stations.setItems(List.of());
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
                inputs.duration, inputs.poisson, run);
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
                    .filter(c -> scenario.getValue() != ScenarioKind.CACHE_FLUSH
                            || traffic.role(c) == FlowRole.CACHE)
                    .filter(c -> traffic.role(c) != FlowRole.CLIENT).toList();
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
                    estimatedReadFraction.get().orElse(null), inputs.poissonArrivals()));
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
        summary.setText(summaryText(result));
        bottleneck.setText(BottleneckWords.sentence(s));
        Optional<String> note = FanOut.note(result);
        fanOut.setText(note.orElse(""));
        fanOut.setVisible(note.isPresent());
        costs.show(s.costs());
        costs.setVisible(true);
        canvas.highlight(BottleneckWords.marked(s));
        // Drawn from a few hundred points, not the whole run; neither the run nor its series stays in the session.
        RunSeries series = RunSeries.of(result);
        canvas.showRun(utilisation(series), flow(series));
        chart.setVisible(true);
        chart.show(series, byName(series, s));
        stations.setItems(s.stations());
    }

    /** The run in one line: means over the run, the delay of asynchronous work beside the users' latency. */
    static String summaryText(SimulationRun result) {
        Summary s = result.summary();
        String delay = s.messageDelay() == null ? "" : String.format(Locale.ROOT, " · asynchronous work: a message "
                + "waits and is handled in p50 %s, p95 %s, p99 %s", duration(s.messageDelay().p50Ms()),
                duration(s.messageDelay().p95Ms()), duration(s.messageDelay().p99Ms()));
        return String.format(Locale.ROOT, "Latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms over the run (%s arrivals, "
                + "%.0f %% reads)%s · throughput %,.0f req/s · errors %.1f %% · availability %.3f %% (served of offered) "
                + "· design availability %.3f %% (from redundancy, not measured) · about %,.0f USD a month",
                s.latency().p50Ms(), s.latency().p95Ms(), s.latency().p99Ms(),
                result.scenario().arrivalNoise() ? "Poisson" : "exact", result.scenario().readFraction() * 100, delay,
                s.meanThroughputRps(), s.errorRate() * 100, s.availability() * 100, s.designAvailability() * 100, s.monthlyCost());
    }

    /** Milliseconds below ten seconds, seconds above: a backlog's delay is read in seconds. */
    private static String duration(double ms) {
        return ms < 10_000 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%,.1f s", ms / 1000);
    }

    /**
     * What each arrow ("from->to") carried at each point of the run, as a share of the most any arrow
     * carried at any point: one scale for the whole run, so that an arrow thickens as its traffic grows
     * while the run plays. Two decimals are finer than a tenth of a pixel of width.
     */
    static Map<String, List<Double>> flow(RunSeries series) {
        double busiest = series.flow().values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue)
                .filter(Double::isFinite).max().orElse(0);
        Map<String, List<Double>> shares = new LinkedHashMap<>();
        series.flow().forEach((arrow, values) -> shares.put(arrow,
                values.stream().map(carried -> share(carried, busiest)).toList()));
        return shares;
    }

    private static double share(double carried, double busiest) {
        return busiest > 0 && Double.isFinite(carried) ? Math.round(100 * carried / busiest) / 100.0 : 0;
    }

    /** The utilisation series keyed by the components' names, for the chart's legend. */
    static Map<String, List<Double>> byName(RunSeries run, Summary summary) {
        Map<String, String> names = new LinkedHashMap<>();
        summary.stations().forEach(station -> names.put(station.componentId(), station.name()));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        utilisation(run).forEach((id, values) -> {
            String name = names.getOrDefault(id, id);
            series.put(series.containsKey(name) ? name + " (" + id + ")" : name, values);
        });
        return series;
    }

    /**
     * Each component's utilisation at each point, the worst of its seconds, to a whole per cent: the chart
     * draws a line a few pixels high per ten per cent and the canvas a colour; down stays infinite.
     */
    static Map<String, List<Double>> utilisation(RunSeries run) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        run.utilisation().forEach((id, values) -> series.put(id,
                values.stream().map(value -> SimulationChart.round(value, 100)).toList()));
        return series;
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private Details howItWorks() {
        stations.addColumn(StationReport::name).setHeader("Component").setFlexGrow(2);
        stations.addColumn(r -> String.format(Locale.ROOT, "%d × %d", r.instances(), r.concurrency()))
                .setHeader("Instances × k");
        stations.addColumn(SimulationPanel::serviceTime).setHeader("Service time");
        stations.addColumn(r -> String.format(Locale.ROOT, "%,.0f req/s", r.capacityRps())).setHeader("Capacity");
        stations.addColumn(r -> percent(r.meanUtilisation())).setHeader("Mean load");
        stations.addColumn(r -> String.format(Locale.ROOT, "%.1f ms", r.meanResponseMs())).setHeader("Mean response");
        stations.addColumn(r -> String.format(Locale.ROOT, "%.2f", r.waitProbability())).setHeader("P(wait)");
        stations.addColumn(r -> "s " + r.busiestSecond().second() + ": " + percent(r.busiestSecond().utilisation()))
                .setHeader("Busiest second");
        stations.addColumn(r -> String.format(Locale.ROOT, "%,.0f", r.droppedRequests())).setHeader("Dropped");
        stations.setAllRowsVisible(true);
        stations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        var text = new Paragraph("Each instance works on k requests at once, each for a mean service time S, so its "
                + "capacity is k ÷ S; k = capacity × service time, rounded to a whole number of at least 1 (where it "
                + "had to be rounded, the capacity is kept and the service time adjusted, and the table says so). A "
                + "component of c instances is one queue of c·k servers (M/M/c with μ = 1/S): Erlang C gives the "
                + "chance of waiting, the mean wait is Wq = C ÷ (c·k·μ − λ), and the mean time in the component is W = "
                + "Wq + S. A second whose arrivals exceed the capacity carries a backlog into the next, and its "
                + "requests wait for that backlog (backlog ÷ capacity); a user's request waits at most a second of "
                + "capacity and is then dropped, which counts as an error. The figures above are means over the run "
                + "(Little's law L = X·W holds for them); the busiest second is shown apart, and the bottleneck is "
                + "judged on sustained load: the run's mean or its 95th-percentile second, whichever is higher. "
                + "Synchronous arrows add their components' times to the user's latency; asynchronous ones hand work "
                + "to a queue, whose delay is reported beside it. A cache passes on its misses only. Select a "
                + "component on the canvas to see these formulas with its own numbers.");
        return new Details("How this works, and the numbers per component", new Div(text, new Anchor(
                "simulation-accuracy", "How close these figures come to queueing theory: the accuracy report",
                AnchorTarget.BLANK), stations));
    }

    private static String percent(double utilisation) {
        return Double.isFinite(utilisation) ? String.format(Locale.ROOT, "%.0f %%", utilisation * 100) : "down";
    }

    private static String serviceTime(StationReport r) {
        String used = String.format(Locale.ROOT, "%.1f ms", r.serviceTimeMs());
        return r.serviceTimeAdjusted() ? used + String.format(Locale.ROOT, " (stated %.1f; capacity kept)",
                r.statedServiceTimeMs()) : used;
    }
}
