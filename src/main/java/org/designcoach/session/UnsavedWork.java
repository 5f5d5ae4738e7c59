package org.designcoach.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.designcoach.content.CaseStudy;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;
import org.designcoach.session.SessionAnswers.TypedQuestion;
import org.jspecify.annotations.Nullable;

/**
 * What a page holds that the stored session does not: the text a learner typed in a tab whose
 * changes were refused because another tab saved first. Written as plain text with the labels the
 * stages show, so that the learner can copy it and type it in again where it belongs.
 */
final class UnsavedWork {

    private final CaseStudy study;
    private final SessionAnswers mine;
    private final SessionAnswers stored;
    private final List<String> parts = new ArrayList<>();

    private UnsavedWork(CaseStudy study, SessionAnswers mine, SessionAnswers stored) {
        this.study = study;
        this.mine = mine;
        this.stored = stored;
    }

    /** The differences, one block per field; empty when this page holds nothing the stored session lacks. */
    static String describe(CaseStudy study, SessionAnswers mine, SessionAnswers stored) {
        var work = new UnsavedWork(study, mine, stored);
        work.questions();
        work.lines("Functional requirements", SessionAnswers::functional);
        work.lines("Non-functional requirements", SessionAnswers::nonFunctional);
        study.estimate().assumptions().forEach(a -> work.value(a.label(), mine.assumptions().get(a.id()),
                stored.assumptions().get(a.id())));
        study.estimate().results().forEach(r -> work.value(r.label(), mine.estimates().get(r.id()),
                stored.estimates().get(r.id())));
        work.design();
        work.deepDives();
        work.tradeoffs();
        SessionScorer.STANDING_QUESTIONS.forEach(id -> work.value(SessionScorer.standingQuestion(id),
                mine.standing().get(id), stored.standing().get(id)));
        return String.join("\n\n", work.parts);
    }

    private void questions() {
        List<String> typed = mine.typedQuestions().stream().filter(q -> !stored.typedQuestions().contains(q))
                .map(TypedQuestion::text).toList();
        if (!typed.isEmpty()) {
            parts.add("Questions you asked:\n" + String.join("\n", typed));
        }
        List<String> picked = mine.askedQuestions().stream().filter(id -> !stored.askedQuestions().contains(id))
                .flatMap(id -> study.questions().stream().filter(q -> q.id().equals(id)))
                .map(CaseStudy.Question::question).filter(q -> !typed.contains(q)).toList();
        if (!picked.isEmpty()) {
            parts.add("Questions you picked:\n" + String.join("\n", picked));
        }
    }

    private void lines(String label, Function<SessionAnswers, List<String>> field) {
        if (!field.apply(mine).equals(field.apply(stored)) && !field.apply(mine).isEmpty()) {
            parts.add(label + ":\n" + String.join("\n", field.apply(mine)));
        }
    }

    private void value(String label, @Nullable String mineValue, @Nullable String storedValue) {
        if (mineValue != null && !mineValue.isBlank() && !mineValue.equals(storedValue)) {
            // A question is its own heading; a field's label is followed by a colon.
            parts.add(label + (label.endsWith("?") ? "" : ":") + "\n" + mineValue);
        }
    }

    private void design() {
        if (mine.design() != null && !mine.design().equals(stored.design())) {
            parts.add("Your design (JSON; the Sandbox's Import JSON reads it):\n" + SessionJson.write(mine.design()));
        }
    }

    private void deepDives() {
        Map<String, String> names = new java.util.HashMap<>();
        if (mine.design() != null) {
            mine.design().components().forEach(c -> names.put(c.id(), c.displayName()));
        }
        for (DeepDiveAnswer dive : mine.deepDives()) {
            if (stored.deepDives().contains(dive)) {
                continue;
            }
            List<String> points = new ArrayList<>();
            point(points, "The challenge", dive.challenge());
            for (int i = 0; i < dive.options().size(); i++) {
                point(points, "Option " + (i + 1), dive.options().get(i));
            }
            point(points, "Decision", dive.decision());
            point(points, "Why", dive.why());
            point(points, "How it works", dive.implementation());
            point(points, "Edge cases and failures", dive.edgeCases());
            if (!points.isEmpty()) {
                parts.add("Deep dive on " + names.getOrDefault(dive.componentId(), dive.componentId()) + ":\n"
                        + String.join("\n", points));
            }
        }
    }

    private void tradeoffs() {
        for (TradeOffAnswer tradeoff : mine.tradeoffs()) {
            if (stored.tradeoffs().contains(tradeoff)) {
                continue;
            }
            List<String> points = new ArrayList<>();
            point(points, "Decision", tradeoff.decision());
            point(points, "Pro", tradeoff.pro());
            point(points, "Con", tradeoff.con());
            point(points, "Accepted because", tradeoff.acceptedBecause());
            parts.add("Trade-off:\n" + String.join("\n", points));
        }
    }

    private static void point(List<String> points, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            points.add(label + ": " + value);
        }
    }
}
