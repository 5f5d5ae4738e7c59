package org.designcoach.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.content.LoadJudgement;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.rules.Category;
import org.designcoach.rules.ComponentKnowledge;
import org.designcoach.rules.Finding;
import org.designcoach.rules.Severity;
import org.designcoach.simulation.ComponentCost;
import org.designcoach.simulation.PeakLoad;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.simulation.StationLoad;

/**
 * The simulator's verdict on a design at the load it is judged at, as findings for the rules engine's
 * score: each component that cannot carry the peak (or barely can), and capacity far beyond what the
 * peak needs. Plain Java: it works from the simulator's formulas in one pass, so it goes with every score.
 */
public final class LoadCheck {

    static final String OVERLOADED = "overloaded-component";
    static final String LOADED = "loaded-component";
    static final String OVERSPEND = "capacity-far-above-load";

    /** Kinds whose capacity is not the design's to size: the users' devices, providers' APIs, operations tools. */
    private static final Set<String> NOT_SIZED_HERE = Set.of("client", "external", "operations");
    private static final String ELASTIC = "elastic-capacity";
    /** Kinds that hold work until a consumer takes it: behind them, an overload delays work instead of failing requests. */
    private static final Set<String> BUFFERS = Set.of("queue", "stream");

    private final SimulationModel model;
    private final LoadJudgement judgement;
    private final ComponentKnowledge knowledge;

    public LoadCheck(SimulationModel model, LoadJudgement judgement, ComponentKnowledge knowledge) {
        this.model = model;
        this.judgement = judgement;
        this.knowledge = knowledge;
    }

    /**
     * @throws org.designcoach.simulation.SimulationException when the design cannot carry traffic at all
     *         (no client, a synchronous cycle, a component without capacity): the rules say why
     */
    public List<Finding> findings(Design design, double peakQps, double readFraction) {
        PeakLoad load = model.atPeak(design, peakQps, readFraction);
        Set<String> sizedByTheLearner = sizedByTheLearner(design);
        Set<String> buffered = fedOnlyByBuffers(design);
        List<Finding> findings = new ArrayList<>();
        List<StationLoad> loaded = new ArrayList<>();
        for (StationLoad station : busiestStationOfEachComponent(load)) {
            if (!sizedByTheLearner.contains(station.componentId())) {
                continue;
            }
            if (station.utilisation() > judgement.overloadedAbove()) {
                findings.add(overloaded(station, load, buffered.contains(station.componentId())));
            } else if (station.utilisation() >= judgement.loadedFrom()) {
                loaded.add(station);
            }
        }
        if (!loaded.isEmpty()) {
            findings.add(loaded(loaded, load));
        }
        overspend(load).ifPresent(findings::add);
        return findings;
    }

    /**
     * The components whose capacity the design decides. A managed service that grows with the load
     * (SQS, DynamoDB on demand, Lambda, a cloud load balancer, object storage, DNS, a CDN) is judged only
     * when the learner gave it a number of instances: drawn without one, its provider sizes it, and an
     * interviewer would not count it as a single machine. Providers' APIs and operations tools are never
     * the design's to size.
     */
    private Set<String> sizedByTheLearner(Design design) {
        return design.components().stream()
                .filter(component -> !NOT_SIZED_HERE.contains(knowledge.kindOf(component.type())))
                .filter(component -> component.instances() != null
                        || !knowledge.capabilitiesOf(component).contains(ELASTIC))
                .map(DesignComponent::id)
                .collect(Collectors.toSet());
    }

    /**
     * The components every arrow into which comes from a queue or stream: their consumers. The queue holds
     * what they cannot take at the peak, so a few times too few consumers make work late (the backlog
     * drains once the peak has passed), not requests fail.
     */
    private Set<String> fedOnlyByBuffers(Design design) {
        Map<String, String> kinds = design.components().stream()
                .collect(Collectors.toMap(DesignComponent::id, c -> knowledge.kindOf(c.type()), (a, b) -> a));
        Map<String, Boolean> onlyBuffers = new LinkedHashMap<>();
        design.connections().forEach(arrow -> onlyBuffers.merge(arrow.to(),
                BUFFERS.contains(kinds.getOrDefault(arrow.from(), "")), Boolean::logicalAnd));
        return onlyBuffers.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /**
     * Components that carry the peak with little to spare are one finding: a design sized at 80 % is one
     * decision about headroom, and ten such components must not cost ten times as much as one.
     */
    private Finding loaded(List<StationLoad> stations, PeakLoad load) {
        StationLoad busiest = stations.stream().max(Comparator.comparingDouble(StationLoad::utilisation))
                .orElseThrow();
        Map<String, String> values = common(busiest, load);
        values.put("names", String.join(", ", stations.stream().map(LoadCheck::name).toList()));
        values.put("details", String.join("; ", stations.stream().map(station -> name(station) + ": "
                + number(station.offeredRps()) + " " + unit(station) + " against a capacity of "
                + number(station.capacityRps()) + " (" + percent(station.utilisation()) + ")").toList()));
        LoadJudgement.Text text = judgement.loaded();
        return new Finding(LOADED, fill(text.title(), values), Severity.WARNING, Category.SCALABILITY,
                judgement.loadedPoints(), fill(text.explanation(), values), text.concept(),
                stations.stream().map(StationLoad::componentId).toList());
    }

    /** A database's primary and replicas are one component on the canvas: it is judged by the busier. */
    private static List<StationLoad> busiestStationOfEachComponent(PeakLoad load) {
        Map<String, StationLoad> busiest = new LinkedHashMap<>();
        for (StationLoad station : load.stations()) {
            busiest.merge(station.componentId(), station,
                    (one, other) -> other.utilisation() > one.utilisation() ? other : one);
        }
        return List.copyOf(busiest.values());
    }

    private Optional<Finding> overspend(PeakLoad load) {
        var busiest = load.busiest();
        if (busiest.isEmpty() || !(busiest.get().utilisation() < judgement.idleBelow())) {
            return Optional.empty();
        }
        Map<String, Double> utilisation = new LinkedHashMap<>();
        Map<String, Integer> drawn = new LinkedHashMap<>();
        for (StationLoad station : load.stations()) {
            utilisation.merge(station.componentId(), station.utilisation(), Math::max);
            if (!station.replicas()) {
                drawn.put(station.componentId(), station.instances());
            }
        }
        double cost = 0;
        double needed = 0;
        List<String> oversized = new ArrayList<>();
        for (ComponentCost line : load.costs()) {
            int instances = drawn.getOrDefault(line.componentId(), 1);
            int enough = instancesNeeded(instances, utilisation.getOrDefault(line.componentId(), 0.0));
            cost += line.monthlyCost();
            needed += line.monthlyCost() * enough / Math.max(1, instances);
            if (enough < instances) {
                oversized.add(line.componentId());
            }
        }
        if (!(cost > judgement.overspendFactor() * needed && cost - needed >= judgement.overspendAtLeast())) {
            return Optional.empty();
        }
        Map<String, String> values = common(busiest.get(), load);
        values.put("busiest", busiest.get().name());
        values.put("cost", dollars(cost));
        values.put("needed", dollars(needed));
        values.put("sizedFor", percent(judgement.sizedFor()));
        return Optional.of(new Finding(OVERSPEND, fill(judgement.overspend().title(), values),
                Severity.WARNING, Category.COST, judgement.overspendPoints(),
                fill(judgement.overspend().explanation(), values), judgement.overspend().concept(), oversized));
    }

    /** The instances that keep a component at {@code sizedFor}, never below the redundancy drawn (up to two). */
    private int instancesNeeded(int drawn, double utilisation) {
        int forLoad = (int) Math.ceil(drawn * utilisation / judgement.sizedFor());
        return Math.min(drawn, Math.max(Math.min(drawn, 2), forLoad));
    }

    private Finding overloaded(StationLoad station, PeakLoad load, boolean buffered) {
        Map<String, String> values = common(station, load);
        LoadJudgement.Text text = judgement.overloaded();
        double utilisation = station.utilisation();
        int points = (int) Math.min(judgement.overloadedMaxPoints(),
                Math.max(1, Math.round(judgement.overloadedPoints() * Math.log(utilisation) / Math.log(2))));
        double severeFrom = buffered ? judgement.severeFromWhenBuffered() : judgement.severeFrom();
        Severity severity = utilisation >= severeFrom ? Severity.ERROR : Severity.WARNING;
        return new Finding(OVERLOADED, fill(text.title(), values), severity, Category.SCALABILITY, points,
                fill(text.explanation(), values), text.concept(), List.of(station.componentId()));
    }

    private static String name(StationLoad station) {
        return station.replicas() ? station.name() + " (read replicas)" : station.name();
    }

    private static String unit(StationLoad station) {
        return station.readsRps() <= 0 ? "writes/s" : station.writesRps() <= 0 ? "reads/s" : "requests/s";
    }

    private static Map<String, String> common(StationLoad station, PeakLoad load) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name(station));
        values.put("load", number(station.offeredRps()));
        values.put("unit", unit(station));
        values.put("capacity", number(station.capacityRps()));
        values.put("percent", percent(station.utilisation()));
        values.put("instances", station.instances() == 1 ? "1 instance"
                : number(station.instances()) + (station.replicas() ? " read replicas" : " instances"));
        values.put("peak", number(load.peakRps()));
        return values;
    }

    /** Fills {@code {key}} placeholders; one the values lack stays as written, so a typo shows. */
    static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    static String number(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String percent(double fraction) {
        double percent = fraction * 100;
        String digits = percent < 1 ? "%.2f" : percent < 10 ? "%.1f" : "%,.0f";
        return String.format(Locale.ROOT, digits, percent) + " %";
    }

    private static String dollars(double amount) {
        return String.format(Locale.ROOT, "$%,.0f", amount);
    }
}
