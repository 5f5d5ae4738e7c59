package org.designcoach.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A learner's design beside a reference, part by part: what both have, what only the learner's has and what only
 * the reference has. Components are paired by what they are for (their {@link ComponentJob}), so that a learner's
 * "Redis" and the reference's "session cache" pair as caches, and a DNS with latency routing pairs with a global load
 * balancer as global routing, whatever either is called.
 *
 * @param inBoth        the jobs both designs do, with the components doing them on each side
 * @param onlyLearner   the jobs only the learner's design does; {@link Part#referenceIds()} is empty
 * @param onlyReference the jobs only the reference does; {@link Part#learnerIds()} is empty
 */
public record DesignComparison(List<Part> inBoth, List<Part> onlyLearner, List<Part> onlyReference) {

    public DesignComparison {
        inBoth = List.copyOf(inBoth);
        onlyLearner = List.copyOf(onlyLearner);
        onlyReference = List.copyOf(onlyReference);
    }

    /**
     * One job and the components that do it.
     *
     * @param kind                 the kind of the components, as the catalog names it ({@code cache}, {@code store}…)
     * @param jobs                 the capabilities that name the job, sorted; empty for a kind with none, such as a client
     * @param learnerIds           the learner's components doing it, in the order of their design
     * @param referenceIds         the reference's components doing it, in the order of its design
     * @param qualitiesOnlyLearner qualities the learner's components have and the reference's lack, sorted
     * @param qualitiesOnlyReference qualities the reference's components have and the learner's lack, sorted
     */
    public record Part(String kind, List<String> jobs, List<String> learnerIds, List<String> referenceIds,
            List<String> qualitiesOnlyLearner, List<String> qualitiesOnlyReference) {

        public Part {
            jobs = List.copyOf(jobs);
            learnerIds = List.copyOf(learnerIds);
            referenceIds = List.copyOf(referenceIds);
            qualitiesOnlyLearner = List.copyOf(qualitiesOnlyLearner);
            qualitiesOnlyReference = List.copyOf(qualitiesOnlyReference);
        }
    }

    /**
     * Compares two designs.
     *
     * @param jobsIn what each component of a design is for; per design, since what a part does may depend on the
     *     rest (a global router routes between regions only where there are two)
     */
    public static DesignComparison of(Design learner, Design reference,
            Function<Design, Function<DesignComponent, ComponentJob>> jobsIn) {
        return new Pairing(learner.components(), jobsIn.apply(learner), reference.components(), jobsIn.apply(reference))
                .compare();
    }

    /** The work of one comparison: pairs first, then the unpaired join a pair doing the same job, then the rest. */
    private static final class Pairing {

        private final List<DesignComponent> learner;
        private final List<DesignComponent> reference;
        // By identity: a learner's component may equal a reference's field for field, and each side is counted apart.
        private final Map<DesignComponent, ComponentJob> jobs = new IdentityHashMap<>();

        Pairing(List<DesignComponent> learner, Function<DesignComponent, ComponentJob> learnerJobs,
                List<DesignComponent> reference, Function<DesignComponent, ComponentJob> referenceJobs) {
            this.learner = learner;
            this.reference = reference;
            learner.forEach(c -> jobs.put(c, learnerJobs.apply(c)));
            reference.forEach(c -> jobs.put(c, referenceJobs.apply(c)));
        }

        DesignComparison compare() {
            List<Group> pairs = pairs();
            Set<DesignComponent> placed = Collections.newSetFromMap(new IdentityHashMap<>());
            pairs.forEach(pair -> {
                placed.addAll(pair.learner);
                placed.addAll(pair.reference);
            });
            for (DesignComponent c : learner) {
                if (!placed.contains(c)) {
                    best(pairs, c, true).ifPresent(pair -> {
                        pair.learner.add(c);
                        placed.add(c);
                    });
                }
            }
            for (DesignComponent c : reference) {
                if (!placed.contains(c)) {
                    best(pairs, c, false).ifPresent(pair -> {
                        pair.reference.add(c);
                        placed.add(c);
                    });
                }
            }
            pairs.sort(Comparator.comparingInt(pair -> reference.indexOf(pair.reference.getFirst())));
            return new DesignComparison(pairs.stream().map(this::part).toList(),
                    alone(learner, placed, true), alone(reference, placed, false));
        }

        /** One learner component to one reference component, the closest pairs first. */
        private List<Group> pairs() {
            record Candidate(DesignComponent learner, DesignComponent reference, int score, int order) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int r = 0; r < reference.size(); r++) {
                for (int l = 0; l < learner.size(); l++) {
                    int score = score(learner.get(l), reference.get(r));
                    if (score > 0) {
                        candidates.add(new Candidate(learner.get(l), reference.get(r), score, r * learner.size() + l));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::order));
            List<Group> pairs = new ArrayList<>();
            Set<DesignComponent> used = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Candidate candidate : candidates) {
                if (!used.contains(candidate.learner()) && !used.contains(candidate.reference())) {
                    used.add(candidate.learner());
                    used.add(candidate.reference());
                    pairs.add(new Group(candidate.learner(), candidate.reference()));
                }
            }
            return pairs;
        }

        /**
         * How alike two components are: nothing unless they share a job, or neither has a job and they are of one
         * kind (two clients); shared jobs count most, then one kind, one type and shared qualities.
         */
        private int score(DesignComponent a, DesignComponent b) {
            ComponentJob x = jobs.get(a);
            ComponentJob y = jobs.get(b);
            boolean sameKind = !x.kind().isEmpty() && x.kind().equals(y.kind());
            int sharedJobs = shared(x.jobs(), y.jobs()).size();
            if (sharedJobs == 0 && !(sameKind && x.jobs().isEmpty() && y.jobs().isEmpty())) {
                return 0;
            }
            return 100 * sharedJobs + (sameKind ? 20 : 0) + (a.type().equals(b.type()) ? 10 : 0)
                    + shared(x.qualities(), y.qualities()).size() + 1;
        }

        /** The pair whose other side is most like the component, if any is like it at all. */
        private Optional<Group> best(List<Group> pairs, DesignComponent c, boolean isLearner) {
            @Nullable Group best = null;
            int bestScore = 0;
            for (Group pair : pairs) {
                int score = score(c, isLearner ? pair.reference.getFirst() : pair.learner.getFirst());
                if (score > bestScore) {
                    best = pair;
                    bestScore = score;
                }
            }
            return Optional.ofNullable(best);
        }

        private Part part(Group pair) {
            ComponentJob first = jobs.get(pair.learner.getFirst());
            ComponentJob other = jobs.get(pair.reference.getFirst());
            Set<String> named = shared(first.jobs(), other.jobs());
            String kind = first.kind().equals(other.kind()) ? first.kind() : other.kind();
            Set<String> learnerQualities = union(pair.learner, ComponentJob::qualities);
            Set<String> referenceQualities = union(pair.reference, ComponentJob::qualities);
            return new Part(kind, sorted(named), ids(pair.learner), ids(pair.reference),
                    sorted(minus(learnerQualities, referenceQualities)), sorted(minus(referenceQualities, learnerQualities)));
        }

        /** The components left on one side, those of one type together. */
        private List<Part> alone(List<DesignComponent> side, Set<DesignComponent> placed, boolean isLearner) {
            Map<String, List<DesignComponent>> byType = new LinkedHashMap<>();
            side.stream().filter(c -> !placed.contains(c))
                    .forEach(c -> byType.computeIfAbsent(c.type(), type -> new ArrayList<>()).add(c));
            return byType.values().stream().map(group -> {
                ComponentJob job = jobs.get(group.getFirst());
                List<String> ids = ids(group);
                return new Part(job.kind(), sorted(job.jobs()), isLearner ? ids : List.of(), isLearner ? List.of() : ids,
                        List.of(), List.of());
            }).toList();
        }

        private Set<String> union(List<DesignComponent> components, Function<ComponentJob, Set<String>> what) {
            Set<String> all = new LinkedHashSet<>();
            components.forEach(c -> all.addAll(what.apply(jobs.get(c))));
            return all;
        }

        private static Set<String> shared(Set<String> a, Set<String> b) {
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            return both;
        }

        private static Set<String> minus(Set<String> a, Set<String> b) {
            Set<String> rest = new HashSet<>(a);
            rest.removeAll(b);
            return rest;
        }

        private static List<String> sorted(Set<String> values) {
            return List.copyOf(new TreeSet<>(values));
        }

        private static List<String> ids(List<DesignComponent> components) {
            return components.stream().map(DesignComponent::id).toList();
        }
    }

    /** The components of each side that do one job, growing as unpaired components join. */
    private static final class Group {
        final List<DesignComponent> learner = new ArrayList<>();
        final List<DesignComponent> reference = new ArrayList<>();

        Group(DesignComponent learner, DesignComponent reference) {
            this.learner.add(learner);
            this.reference.add(reference);
        }
    }
}
