package org.designcoach.content;

import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.designcoach.rules.KeyRequirement;
import org.designcoach.rules.RuleDefinition;
import org.jspecify.annotations.Nullable;

/** A case study as content/cases/&lt;id&gt;.yaml holds it; see docs/content-format.md. */
public record CaseStudy(
        String id,
        String title,
        String level,
        List<String> topics,
        List<String> sources,
        int expectedMinutes,
        @Nullable Map<String, Integer> stageMinutes,
        String summary,
        String prompt,
        List<String> concepts,
        Facts facts,
        List<KeyRequirement> keyRequirements,
        List<Question> questions,
        Requirements requirements,
        Estimate estimate,
        Design architecture,
        List<DeepDive> deepDives,
        List<TradeOff> tradeoffs,
        List<CaseMistake> mistakes,
        Map<String, String> levelExpectations,
        @Nullable List<RuleDefinition> rules) {

    /** The rules this case adds to the global ones; see docs/content-format.md. */
    public List<RuleDefinition> ownRules() {
        return rules == null ? List.of() : rules;
    }

    /** What the rules engine judges a design against. */
    public record Facts(
            @Nullable String availabilityTarget,
            @Nullable String consistency,
            @Nullable List<String> compliance,
            @Nullable Integer regions,
            @Nullable Boolean globalUsers,
            @Nullable Boolean readHeavy,
            @Nullable Boolean asyncWork,
            @Nullable Boolean fullTextSearch,
            @Nullable Boolean staticContent,
            @Nullable Boolean guaranteedDelivery,
            @Nullable Boolean publicApi,
            @Nullable String peakQps,
            @Nullable Double readShare,
            @Nullable Map<String, Double> clientShares) {

        /**
         * The share of the peak (0 to 1) that clients of each type send, by client type, such as a fleet of
         * devices beside a few operators; a client in a design that states its own {@code trafficShare} keeps
         * it. Empty when the case states none: then the clients share the peak evenly.
         */
        public Map<String, Double> clientSharesByType() {
            return clientShares == null ? Map.of() : Map.copyOf(clientShares);
        }
    }

    /** A clarifying question and the interviewer's answer; only asked questions are revealed. */
    public record Question(
            String id,
            String category,
            String question,
            String answer,
            boolean key,
            boolean assumption,
            List<String> keywords,
            @Nullable Map<String, String> reveals) {
    }

    public record Requirements(List<Requirement> functional, List<Requirement> nonFunctional) {
    }

    /**
     * A requirement; a key one carries the words (with their synonyms) that show a learner wrote it
     * down, and the concept that explains it.
     */
    public record Requirement(String id, String text, boolean key, List<String> terms, @Nullable String concept) {

        public Requirement {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }

        public Requirement(String id, String text, boolean key) {
            this(id, text, key, List.of(), null);
        }
    }

    public record Estimate(List<Assumption> assumptions, List<Result> results, @Nullable String conclusion,
            @Nullable Tolerance tolerance) {
    }

    /**
     * How forgiving the worksheet checks are for this case; either may be left out for the default.
     * A case whose numbers are given precisely may narrow the factor, a rough one may widen it.
     */
    public record Tolerance(@Nullable Double factor, @Nullable Double relative) {
    }

    public record Assumption(String id, String label, String value) {
    }

    public record Result(String id, String label, String formula, String value, @Nullable String kind,
            @Nullable String note) {
    }

    public record DeepDive(String id, String title, String challenge, List<Option> options, String decision,
            String rationale, @Nullable String implementation, List<String> edgeCases, List<KeyPoint> keyPoints) {

        public DeepDive {
            keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        }
    }

    public record Option(String name, String summary) {
    }

    public record TradeOff(String decision, String pro, String con, String acceptedBecause, List<KeyPoint> keyPoints) {

        public TradeOff {
            keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        }
    }

    /**
     * What a strong written answer says on a topic: the point in our words, the terms (synonyms, any
     * one of which makes the point; a trailing * matches any ending) and the concept page that explains it.
     */
    public record KeyPoint(String id, String point, List<String> terms, String concept) {

        public KeyPoint {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }

    public record CaseMistake(String mistake, String how) {
    }

    /** All searchable text of the case that a learner may see before attempting it. */
    String publicText() {
        return String.join(" ", title, summary, prompt, String.join(" ", topics), String.join(" ", concepts));
    }
}
