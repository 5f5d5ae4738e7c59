package org.designcoach.progress;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.Levels;
import org.designcoach.rules.Category;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the case to practise next. The weakest skill is the stage with the lowest average score over
 * the learner's recent attempts; when that stage is the high-level design, the rule category that lost
 * the most points in those attempts narrows it down. Each case is then weighed by how much of that skill
 * it exercises, from its own content:
 * <ul>
 * <li>requirements: its key clarifying questions plus its key requirements;</li>
 * <li>estimation: the lines of its reference worksheet;</li>
 * <li>design: the topics and concepts it shares with the weak rule category (security, compliance,
 * secrets… for security), or else the capabilities a design of it must include;</li>
 * <li>deep dive: its deep-dive topics; trade-offs: its reference trade-offs.</li>
 * </ul>
 * Cases not yet finished come first, then cases within one level of the level the learner last
 * practised at (a staff case is no help to a beginner, however heavy its worksheet), then the heaviest,
 * then the nearest level, then the title. A learner without results gets the gentlest case; one whose
 * every stage averages {@link #STRONG} or more gets the hardest case not yet tried.
 */
final class PractiseNext {

    /** An average from which a stage no longer counts as a weakness. */
    static final int STRONG = 80;

    private static final Map<Category, List<String>> CATEGORY_TERMS = Map.of(
            Category.SECURITY, List.of("security", "compliance", "identity-and-access", "security-layers",
                    "secrets-management", "isolation", "multi-tenancy"),
            Category.RELIABILITY, List.of("reliability", "availability", "replication", "zero-downtime-deployment",
                    "backpressure", "idempotency", "consistency"),
            Category.SCALABILITY, List.of("caching", "sharding", "multi-region", "fan-out", "streaming",
                    "stream-processing", "cdn", "load-balancing", "message-queues", "queues", "latency"),
            Category.OPERABILITY, List.of("observability", "ci-cd", "platform", "self-service",
                    "production-readiness-checklist"),
            Category.COST, List.of("cost", "object-storage"),
            Category.SIMPLICITY, List.of("fundamentals", "scale-tiers", "stateless-servers"));

    private PractiseNext() {
    }

    /**
     * @param recentAverages per stage, the learner's recent average score; empty without results
     * @param weakestCategory the rule category that lost the most points recently, if any did
     * @param covered the ids of the cases the learner has finished
     * @param level the level the learner last practised at, if any
     */
    static Optional<Progress.Suggestion> choose(Map<Stage, Integer> recentAverages, @Nullable Category weakestCategory,
            Set<String> covered, Collection<CaseStudy> cases, @Nullable String level) {
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        if (recentAverages.isEmpty()) {
            return Optional.of(starter(cases, covered));
        }
        Map.Entry<Stage, Integer> weakest = recentAverages.entrySet().stream()
                .min(Map.Entry.<Stage, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        if (weakest.getValue() >= STRONG) {
            return Optional.of(stretch(cases, covered));
        }
        return Optional.of(targeting(weakest.getKey(), weakest.getValue(), weakestCategory, covered, cases, level));
    }

    private static Progress.Suggestion starter(Collection<CaseStudy> cases, Set<String> covered) {
        CaseStudy study = cases.stream().sorted(uncoveredFirst(covered).thenComparingInt(PractiseNext::rank)
                .thenComparing(CaseStudy::title)).findFirst().orElseThrow();
        return new Progress.Suggestion(study.id(), study.title(), "No attempt has a score yet: '" + study.title()
                + "' is " + article(study.level()) + " case, the gentlest place to start.");
    }

    private static Progress.Suggestion stretch(Collection<CaseStudy> cases, Set<String> covered) {
        CaseStudy study = cases.stream().sorted(uncoveredFirst(covered)
                .thenComparing(Comparator.comparingInt(PractiseNext::rank).reversed())
                .thenComparing(CaseStudy::title)).findFirst().orElseThrow();
        return new Progress.Suggestion(study.id(), study.title(), "Every stage averages " + STRONG
                + " or more: '" + study.title() + "' is " + article(study.level()) + " case"
                + (covered.contains(study.id()) ? " worth another try." : " you have not tried yet."));
    }

    private static Progress.Suggestion targeting(Stage stage, int average, @Nullable Category category,
            Set<String> covered, Collection<CaseStudy> cases, @Nullable String level) {
        boolean byCategory = stage == Stage.DESIGN && category != null
                && cases.stream().anyMatch(study -> !matches(study, category).isEmpty());
        Comparator<CaseStudy> heaviest = Comparator.comparingInt(
                (CaseStudy study) -> byCategory ? matches(study, category).size() : weight(stage, study)).reversed();
        CaseStudy study = cases.stream().sorted(uncoveredFirst(covered).thenComparing(nearLevelFirst(level))
                .thenComparing(heaviest).thenComparingInt(s -> distance(s, level)).thenComparing(CaseStudy::title))
                .findFirst().orElseThrow();
        String weakness = stage.title() + " is your weakest stage (average " + average + ")"
                + (byCategory ? ", and most of its points go on " + name(category) : "");
        String named = "'" + study.title() + "'" + (covered.contains(study.id()) ? ", which you have tried before," : "");
        String feature = byCategory ? "centres on " + join(matches(study, category)) : feature(stage, study);
        return new Progress.Suggestion(study.id(), study.title(), weakness + ". " + named + " " + feature + ".");
    }

    /** How much of a stage's skill a case exercises. */
    static int weight(Stage stage, CaseStudy study) {
        return switch (stage) {
            case REQUIREMENTS -> (int) (study.questions().stream().filter(CaseStudy.Question::key).count()
                    + Stream.concat(study.requirements().functional().stream(),
                            study.requirements().nonFunctional().stream()).filter(CaseStudy.Requirement::key).count());
            case ESTIMATION -> study.estimate().results().size();
            case DESIGN -> study.keyRequirements().size();
            case DEEP_DIVE -> study.deepDives().size();
            case TRADEOFFS -> study.tradeoffs().size();
        };
    }

    private static String feature(Stage stage, CaseStudy study) {
        int weight = weight(stage, study);
        return switch (stage) {
            case REQUIREMENTS -> "has " + weight + " key questions and requirements to draw out";
            case ESTIMATION -> "has an estimation worksheet of " + weight + " lines";
            case DESIGN -> "needs " + weight + " building blocks that a sound design cannot leave out";
            case DEEP_DIVE -> "has " + weight + " deep-dive topics to examine";
            case TRADEOFFS -> "has " + weight + " trade-offs to weigh";
        };
    }

    /** The case's topics and concepts that belong to a rule category, topics first, without repeats. */
    static List<String> matches(CaseStudy study, Category category) {
        List<String> terms = CATEGORY_TERMS.getOrDefault(category, List.of());
        return Stream.concat(study.topics().stream(), study.concepts().stream()).filter(terms::contains).distinct()
                .toList();
    }

    private static Comparator<CaseStudy> uncoveredFirst(Set<String> covered) {
        return Comparator.comparing((CaseStudy study) -> covered.contains(study.id()));
    }

    private static Comparator<CaseStudy> nearLevelFirst(@Nullable String level) {
        return Comparator.comparing((CaseStudy study) -> distance(study, level) > 1);
    }

    private static int distance(CaseStudy study, @Nullable String level) {
        return level == null ? 0 : Math.abs(rank(study) - Levels.ALL.indexOf(level));
    }

    private static int rank(CaseStudy study) {
        int rank = Levels.ALL.indexOf(study.level());
        return rank < 0 ? Levels.ALL.size() : rank;
    }

    private static String article(String level) {
        String label = Levels.label(level).toLowerCase(Locale.ROOT);
        return (label.startsWith("a") || label.startsWith("e") || label.startsWith("i") || label.startsWith("o")
                || label.startsWith("u") ? "an " : "a ") + label;
    }

    private static String name(Category category) {
        return category.id();
    }

    /** "a", "a and b", "a, b and c" (at most three), with the ids' hyphens as spaces. */
    private static String join(List<String> terms) {
        List<String> words = terms.stream().limit(3).map(term -> "ci-cd".equals(term) ? "CI/CD" : term.replace('-', ' '))
                .toList();
        return words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
