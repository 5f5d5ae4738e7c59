package org.designcoach.traffic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.Catalog;
import org.designcoach.content.ComponentType;
import org.designcoach.content.ContentService;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.simulation.ComponentCost;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.FlowRole;
import org.designcoach.simulation.Incident;
import org.designcoach.simulation.LoadShape;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.TechnologyCapacity;
import org.designcoach.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs designs through the traffic simulator with the catalog's figures for each component type and
 * the case's traffic: its peak (or the learner's) and its read share.
 */
@Service
public class TrafficService {

    /** Incidents start a third of the way in, so that the run shows the system before and after. */
    static final double INCIDENT_AT = 1.0 / 3;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)");
    private static final long SEED = 20261125L;

    private final ContentService content;
    private final SimulationSlots slots;

    TrafficService(ContentService content, SimulationSlots slots) {
        this.content = content;
        this.slots = slots;
    }

    /**
     * @param caseId the case whose peak and read share apply when the request leaves them out; an id the
     *        library does not have is treated as none (callers that take ids from outside check them first)
     * @throws SimulationException when the design or the request cannot be simulated, with the reason
     * @throws SimulationsBusyException when the signed-in person already runs as many simulations as one may
     */
    @PreAuthorize("isAuthenticated()")
    public SimulationRun run(Optional<String> caseId, Design design, TrafficRequest request) {
        Optional<CaseStudy> study = caseId.flatMap(content::caseStudy);
        double peak = request.peakRequestsPerSecond() != null ? request.peakRequestsPerSecond()
                : study.map(TrafficService::casePeak).orElse(1000.0);
        double reads = request.readFraction() != null ? request.readFraction()
                : study.map(TrafficService::readShare).orElse(0.9);
        Scenario scenario = Scenario.steady(request.durationSeconds(), peak, reads).withSeed(SEED);
        Scenario shaped = shape(request.poissonArrivals() ? scenario : scenario.withoutNoise(), request);
        try (var slot = slots.take(CurrentUser.username())) {
            Design shared = study.map(known -> CaseClientShares.apply(design, known.facts().clientSharesByType()))
                    .orElse(design);
            return model().run(shared, shaped);
        }
    }

    /**
     * What each component of the design costs a month at the catalog's prices, the most expensive first.
     * Needs no run: a design that cannot carry traffic yet still has a price.
     *
     * @throws SimulationException when a component's type is not in the catalog or a property is not a number
     */
    @PreAuthorize("isAuthenticated()")
    public List<ComponentCost> costs(Design design) {
        return model().costs(design);
    }

    /** The load a case states, in requests per second; 1,000 when it states none. */
    @PreAuthorize("isAuthenticated()")
    public double defaultPeak(String caseId) {
        return content.caseStudy(caseId).map(TrafficService::casePeak).orElse(1000.0);
    }

    private static Scenario shape(Scenario scenario, TrafficRequest request) {
        int at = (int) Math.round(request.durationSeconds() * INCIDENT_AT);
        String component = request.componentId();
        if (request.kind().needsComponent() && (component == null || component.isBlank())) {
            throw new SimulationException("Pick the component that " + (request.kind() == ScenarioKind.FAILURE
                    ? "fails." : "is flushed."));
        }
        if (request.kind().needsPlace() && (component == null || component.isBlank())) {
            throw new SimulationException("Pick the " + (request.kind() == ScenarioKind.ZONE_FAILURE ? "zone" : "region")
                    + " that fails. Draw a zone box around components, or give components a region, to have one.");
        }
        return switch (request.kind()) {
            case STEADY -> scenario;
            case RAMP -> scenario.withLoad(new LoadShape.Ramp());
            case SPIKE -> scenario.withLoad(LoadShape.Spike.at(at));
            case FAILURE -> scenario.with(new Incident.InstanceFailure(component,
                    request.instancesThatFail() == null ? Integer.MAX_VALUE : request.instancesThatFail(), at));
            case ZONE_FAILURE -> scenario.with(new Incident.ZoneFailure(component, at));
            case REGION_FAILURE -> scenario.with(new Incident.RegionFailure(component, at));
            case CACHE_FLUSH -> scenario.with(new Incident.CacheFlush(component, at, Math.max(10, at)));
            case RETRY_STORM -> scenario.with(new Incident.RetryStorm(3)).withLoad(LoadShape.Spike.at(at));
        };
    }

    private SimulationModel model() {
        Map<String, ComponentProfile> profiles = new HashMap<>();
        for (ComponentType type : content.library().catalog().components()) {
            profiles.put(type.id(), profile(type));
        }
        return SimulationModel.builder().profiles(profiles).technologies(technologies(content.library().catalog()))
                .build();
    }

    /** The catalog's capacities of well-known managed technologies, in the simulator's units. */
    public static List<TechnologyCapacity> technologies(Catalog catalog) {
        return catalog.technologyCapacities().stream().map(known -> new TechnologyCapacity(known.match(),
                known.types() == null ? Set.of() : Set.copyOf(known.types()),
                QuantityParser.parse(known.capacityPerInstance()).in("/s"))).toList();
    }

    /** What one instance of a catalog type does, in the simulator's units; empty for a type the catalog lacks. */
    Optional<ComponentProfile> profile(String typeId) {
        return content.library().catalog().components().stream().filter(type -> type.id().equals(typeId))
                .findFirst().map(TrafficService::profile);
    }

    /** The role the component's catalog type plays in the flow; a type the catalog lacks is taken for a service. */
    public FlowRole role(DesignComponent component) {
        return profile(component.type()).map(ComponentProfile::role).orElse(FlowRole.SERVICE);
    }

    /** What one instance of a catalog type does, in the simulator's units. */
    public static ComponentProfile profile(ComponentType type) {
        ComponentType.Defaults defaults = type.defaults();
        double capacity = QuantityParser.parse(defaults.capacityPerInstance().value()).in("/s");
        double serviceMs = QuantityParser.parse(defaults.serviceTime().value()).in("ms");
        double availability = QuantityParser.parse(defaults.availability().value()).value();
        double cost = (money(defaults.monthlyCost().min()) + money(defaults.monthlyCost().max())) / 2;
        return new ComponentProfile(type.id(), FlowRoles.of(type), capacity, serviceMs, availability, cost);
    }

    /** "120 USD/month" → 120: currencies are not units the estimation engine reads, and need not be. */
    private static double money(String text) {
        Matcher matcher = LEADING_NUMBER.matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static double casePeak(CaseStudy study) {
        try {
            return study.facts().peakQps() == null ? 1000 : QuantityParser.parse(study.facts().peakQps()).in("/s");
        } catch (QuantityException e) {
            return 1000;
        }
    }

    /** The share of reads the case states, or that its read and write lines give; nine in ten when neither says. */
    @PreAuthorize("isAuthenticated()")
    public double defaultReadFraction(String caseId) {
        return content.caseStudy(caseId).map(TrafficService::readShare).orElse(0.9);
    }

    /** The share of reads a case states, or that its read and write lines give; 0.9 when neither says. */
    public static double readShare(CaseStudy study) {
        if (study.facts().readShare() != null) {
            return study.facts().readShare();
        }
        Optional<Double> reads = rate(study, "read-qps");
        Optional<Double> writes = rate(study, "write-qps");
        if (reads.isPresent() && writes.isPresent() && reads.get() + writes.get() > 0) {
            return Scenario.readFraction(reads.get(), writes.get());
        }
        return 0.9;
    }

    private static Optional<Double> rate(CaseStudy study, String kind) {
        return study.estimate().results().stream().filter(r -> kind.equals(r.kind())).findFirst().flatMap(r -> {
            try {
                return Optional.of(QuantityParser.parse(r.value()).in("/s"));
            } catch (QuantityException e) {
                return Optional.empty();
            }
        });
    }
}
