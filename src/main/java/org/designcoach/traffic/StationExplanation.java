package org.designcoach.traffic;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.simulation.FlowRole;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * "How this works" for the component selected on the canvas: the queueing formulas with the last
 * run's numbers filled in, and the incidents a learner can aim at it with one click.
 */
class StationExplanation extends Composite<Div> {

    /** A scenario aimed at one component, asked for by clicking a button beside the selection. */
    record Injection(ScenarioKind kind, DesignComponent component) {
    }

    final H4 title = new H4("The selected component");
    final Div lines = new Div();
    final Button fail = new Button("Fail this component");
    final Button flush = new Button("Flush this cache");
    private final TrafficService traffic;
    private final Supplier<Design> design;
    private @Nullable DesignComponent selected;
    /** The last run's reports, the only part of a run this explains; the run itself is not kept. */
    private List<StationReport> stations = List.of();
    /** Ids of the components in the design of the last run; null before a run. */
    private @Nullable Set<String> ranIds;

    StationExplanation(TrafficService traffic, DesignCanvas canvas, Supplier<Design> design,
            Consumer<Injection> inject, Consumer<DesignComponent> picked) {
        this.traffic = traffic;
        this.design = design;
        fail.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        flush.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fail.addClickListener(event -> aim(ScenarioKind.FAILURE, inject));
        flush.addClickListener(event -> aim(ScenarioKind.CACHE_FLUSH, inject));
        var actions = new Div(fail, flush);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        lines.getElement().setAttribute("aria-live", "polite");
        getContent().add(title, actions, lines);
        getContent().addClassNames("station-explanation");
        canvas.getElement().addEventListener("selection-change", event -> {
            select(ids(event.getEventData().get("event.detail.components")));
            if (selected != null) {
                picked.accept(selected);
            }
        }).addEventData("event.detail.components");
        refresh();
    }

    /** The ids in the event, exactly as sent: a JSON array of strings, anything else is no selection. */
    static List<String> ids(@Nullable JsonNode components) {
        if (components == null || !components.isArray()) {
            return List.of();
        }
        return components.valueStream().filter(JsonNode::isString).map(JsonNode::asString).toList();
    }

    void select(List<String> ids) {
        selected = ids.size() == 1 ? design.get().component(ids.getFirst()).orElse(null) : null;
        refresh();
    }

    /** A new run: the explanation of the selected component follows it. */
    void showRun(SimulationRun newRun, Design ranDesign) {
        stations = List.copyOf(newRun.summary().stations());
        ranIds = ranDesign.components().stream().map(DesignComponent::id).collect(Collectors.toUnmodifiableSet());
        refresh();
    }

    /** Forgets the last run, as before the first one. */
    void forgetRun() {
        stations = List.of();
        ranIds = null;
        refresh();
    }

    private void aim(ScenarioKind kind, Consumer<Injection> inject) {
        if (selected != null) {
            inject.accept(new Injection(kind, selected));
        }
    }

    private void refresh() {
        boolean client = selected != null && isClient(selected);
        fail.setVisible(selected != null && !client);
        flush.setVisible(selected != null && isCache(selected));
        title.setText(selected == null ? "The selected component" : "How " + selected.displayName() + " works");
        show(explanation());
    }

    private List<String> explanation() {
        if (selected == null) {
            return List.of("Select one component on the canvas to see the queueing formulas with its numbers from "
                    + "the last run, and to fail it or flush it with one click.");
        }
        if (isClient(selected)) {
            return List.of(selected.displayName() + " is a client: it sends the load and queues nothing.");
        }
        if (ranIds == null) {
            return List.of("Run the simulation to see the numbers for " + selected.displayName() + ".");
        }
        String id = selected.id();
        List<StationReport> reports = stations.stream().filter(s -> s.componentId().equals(id)).toList();
        if (reports.isEmpty() || !ranIds.contains(id)) {
            return List.of(selected.displayName() + " was not in the design of the last run; run it again.");
        }
        return reports.stream().flatMap(station -> StationFigures.of(station).lines().stream()).toList();
    }

    private void show(List<String> text) {
        lines.removeAll();
        text.forEach(line -> lines.add(new Paragraph(line)));
    }

    private boolean isClient(DesignComponent component) {
        return traffic.role(component) == FlowRole.CLIENT;
    }

    private boolean isCache(DesignComponent component) {
        return traffic.role(component) == FlowRole.CACHE;
    }
}
