package org.designcoach.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.jspecify.annotations.Nullable;

/**
 * Everything the learner has written in a session, stage by stage. Saved whole as JSON on each
 * change; small enough (a few kilobytes) that this is cheaper than a table per stage.
 */
public record SessionAnswers(
        List<String> askedQuestions,
        List<TypedQuestion> typedQuestions,
        List<String> functional,
        List<String> nonFunctional,
        Map<String, String> assumptions,
        Map<String, String> estimates,
        @Nullable Design design,
        List<DeepDiveAnswer> deepDives,
        List<TradeOffAnswer> tradeoffs,
        Map<String, String> standing,
        @Nullable DesignStart designStarted) {

    public SessionAnswers {
        askedQuestions = askedQuestions == null ? List.of() : List.copyOf(askedQuestions);
        typedQuestions = typedQuestions == null ? List.of() : List.copyOf(typedQuestions);
        functional = functional == null ? List.of() : List.copyOf(functional);
        nonFunctional = nonFunctional == null ? List.of() : List.copyOf(nonFunctional);
        assumptions = assumptions == null ? Map.of() : Map.copyOf(assumptions);
        estimates = estimates == null ? Map.of() : Map.copyOf(estimates);
        deepDives = deepDives == null ? List.of() : List.copyOf(deepDives);
        tradeoffs = tradeoffs == null ? List.of() : List.copyOf(tradeoffs);
        standing = standing == null ? Map.of() : Map.copyOf(standing);
    }

    /** Answers as the learner writes them; when the design was started is the server's to record. */
    public SessionAnswers(List<String> askedQuestions, List<TypedQuestion> typedQuestions, List<String> functional,
            List<String> nonFunctional, Map<String, String> assumptions, Map<String, String> estimates,
            @Nullable Design design, List<DeepDiveAnswer> deepDives, List<TradeOffAnswer> tradeoffs,
            Map<String, String> standing) {
        this(askedQuestions, typedQuestions, functional, nonFunctional, assumptions, estimates, design, deepDives,
                tradeoffs, standing, null);
    }

    static SessionAnswers empty() {
        return new SessionAnswers(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * When the first component was drawn and how many questions had been asked by then: drawing before
     * asking is a classic interview mistake even when the questions come later.
     */
    public record DesignStart(Instant at, int questionsAsked) {
    }

    /**
     * These answers with the design's start as the server saw it: kept from the stored answers once
     * known, otherwise recorded now if this change draws the first component. What a page sends for it
     * is ignored, so that it cannot be moved.
     */
    SessionAnswers withDesignStartFrom(SessionAnswers stored, Instant now) {
        DesignStart start = stored.designStarted();
        if (start == null && design != null && !design.components().isEmpty()) {
            start = new DesignStart(now, stored.askedQuestions().size());
        }
        return new SessionAnswers(askedQuestions, typedQuestions, functional, nonFunctional, assumptions, estimates,
                design, deepDives, tradeoffs, standing, start);
    }

    /** A question the learner typed, and the case question it was matched to, if any. */
    public record TypedQuestion(String text, @Nullable String matched) {
    }

    /** One component examined in depth: the five points of the framework. */
    public record DeepDiveAnswer(String componentId, String challenge, List<String> options, String decision,
            String why, String implementation, String edgeCases) {

        public DeepDiveAnswer {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** A decision with its price: what it buys, what it costs, why the cost is accepted. */
    public record TradeOffAnswer(String decision, String pro, String con, String acceptedBecause) {
    }

    SessionAnswers withQuestions(List<String> asked, List<TypedQuestion> typed) {
        return new SessionAnswers(asked, typed, functional, nonFunctional, assumptions, estimates, design, deepDives,
                tradeoffs, standing, designStarted);
    }

    SessionAnswers withRequirements(List<String> newFunctional, List<String> newNonFunctional) {
        return new SessionAnswers(askedQuestions, typedQuestions, newFunctional, newNonFunctional, assumptions,
                estimates, design, deepDives, tradeoffs, standing, designStarted);
    }

    SessionAnswers withWorksheet(Map<String, String> newAssumptions, Map<String, String> newEstimates) {
        return new SessionAnswers(askedQuestions, typedQuestions, functional, nonFunctional, newAssumptions,
                newEstimates, design, deepDives, tradeoffs, standing, designStarted);
    }

    SessionAnswers withDesign(Design newDesign) {
        return new SessionAnswers(askedQuestions, typedQuestions, functional, nonFunctional, assumptions, estimates,
                newDesign, deepDives, tradeoffs, standing, designStarted);
    }

    SessionAnswers withDeepDives(List<DeepDiveAnswer> newDeepDives) {
        return new SessionAnswers(askedQuestions, typedQuestions, functional, nonFunctional, assumptions, estimates,
                design, newDeepDives, tradeoffs, standing, designStarted);
    }

    SessionAnswers withTradeoffs(List<TradeOffAnswer> newTradeoffs, Map<String, String> newStanding) {
        return new SessionAnswers(askedQuestions, typedQuestions, functional, nonFunctional, assumptions, estimates,
                design, deepDives, newTradeoffs, newStanding, designStarted);
    }
}
