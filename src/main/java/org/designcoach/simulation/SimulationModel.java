package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;

/**
 * The simulator's entry point: what each component type can do, and a method to run a scenario
 * against a design. Immutable and thread-safe; each run builds its own state.
 *
 * <p>Each component is an M/M/c station with c = its instances, each serving
 * {@code capacityPerInstance} requests a second; a request's time there is its wait (Erlang C) plus
 * the type's service time. Requests start at clients and follow the arrows ({@link Routes} has the
 * rules); only synchronous arrows add to the user's latency.
 */
public final class SimulationModel {

    /** The catalog's default hit ratio for caches and CDNs. */
    public static final double DEFAULT_HIT_RATIO = 0.9;

    private final Map<String, ComponentProfile> profiles;
    private final List<TechnologyCapacity> technologies;
    private final double defaultHitRatio;

    private SimulationModel(Map<String, ComponentProfile> profiles, List<TechnologyCapacity> technologies,
            double defaultHitRatio) {
        this.profiles = Map.copyOf(profiles);
        this.technologies = List.copyOf(technologies);
        this.defaultHitRatio = defaultHitRatio;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the scenario against the design.
     *
     * @throws SimulationException when the design cannot carry traffic (no client, a synchronous
     *                             cycle, a component without capacity or with a bad property) or the
     *                             scenario names what the design does not have, or the run would be
     *                             too large to answer quickly (see {@link WorkLimit})
     */
    public SimulationRun run(Design design, Scenario scenario) {
        Topology topology = Topology.of(design, profiles, technologies, defaultHitRatio);
        WorkLimit.check(topology, scenario);
        return new Simulator(topology, scenario).run();
    }

    /**
     * The design at a steady load from the formulas, without a run: what each station is offered and
     * its utilisation, and the monthly cost. Fast enough to go with every score.
     *
     * @throws SimulationException when the design cannot carry traffic (as for {@link #run}) or the load
     *                             or read fraction is out of range
     */
    public PeakLoad atPeak(Design design, double peakRequestsPerSecond, double readFraction) {
        Scenario checked = new Scenario(1, peakRequestsPerSecond, readFraction, new LoadShape.Steady(), List.of(), 1,
                false);
        return PeakLoad.of(Topology.of(design, profiles, technologies, defaultHitRatio), checked.peakRequestsPerSecond(),
                checked.readFraction());
    }

    /**
     * What each component of the design costs a month, the most expensive first. Needs no run, so a
     * design that cannot carry traffic yet (no client, no arrow) has its price too.
     *
     * @throws SimulationException when a component's type has no profile or its read replicas are not a
     *                             whole number
     */
    public List<ComponentCost> costs(Design design) {
        return Costs.of(design, profiles);
    }

    public static final class Builder {

        private final Map<String, ComponentProfile> profiles = new HashMap<>();
        private final List<TechnologyCapacity> technologies = new ArrayList<>();
        private double defaultHitRatio = DEFAULT_HIT_RATIO;

        private Builder() {
        }

        /** Profiles by component type; later ones replace earlier ones of the same type. */
        public Builder profiles(Map<String, ComponentProfile> byType) {
            profiles.putAll(byType);
            return this;
        }

        public Builder profile(ComponentProfile profile) {
            profiles.put(profile.type(), profile);
            return this;
        }

        /**
         * Capacities of well-known managed technologies, which replace their type's for a component that
         * names one; the first that fits a component applies.
         */
        public Builder technologies(List<TechnologyCapacity> known) {
            technologies.addAll(known);
            return this;
        }

        /** The hit ratio of a cache or CDN whose design does not set one. */
        public Builder defaultHitRatio(double ratio) {
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new SimulationException("A hit ratio is between 0 and 1, not " + ratio + ".");
            }
            defaultHitRatio = ratio;
            return this;
        }

        public SimulationModel build() {
            return new SimulationModel(profiles, technologies, defaultHitRatio);
        }
    }
}
