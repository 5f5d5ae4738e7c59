package org.designcoach.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.Mistake;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Finding;
import org.designcoach.rules.Severity;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;

/**
 * Scores each stage of a session against its case. Each score says what it counts in its
 * {@code missed} lines, so that the report can teach rather than just grade.
 */
final class SessionScorer {

    /** A written requirement covers a case requirement when it shares at least this share of its words. */
    static final double REQUIREMENT_MATCH = 0.5;
    static final int MIN_QUESTIONS_BEFORE_DRAWING = 2;
    static final List<String> STANDING_QUESTIONS = List.of("twoX", "tenX", "databaseDies", "monthlyCost",
            "monitoring", "deploy");
    private static final Set<String> OVER_ENGINEERING = Set.of("stream-at-low-scale", "mesh-at-low-scale",
            "multi-region-without-need", "sharding-at-low-scale");
    private static final Set<String> STATEFUL_WITHOUT_HA = Set.of("database-without-failover", "single-cache-node",
            "stateful-servers", "single-instance-server");
    private static final Set<String> NO_OBSERVABILITY = Set.of("no-metrics", "no-logs-or-traces");

    private final CaseStudy study;
    private final ContentLibrary library;

    SessionScorer(CaseStudy study, ContentLibrary library) {
        this.study = study;
        this.library = library;
    }

    SessionReport report(SessionAnswers answers, StageClock clock, Assessment design, int estimationScore,
            List<String> estimationMissed, Instant now) {
        Map<Stage, SessionReport.StageResult> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.REQUIREMENTS, result(Stage.REQUIREMENTS, clock, now, requirements(answers)));
        stages.put(Stage.ESTIMATION, result(Stage.ESTIMATION, clock, now, new Score(estimationScore, estimationMissed)));
        stages.put(Stage.DESIGN, result(Stage.DESIGN, clock, now, design(answers, design)));
        stages.put(Stage.DEEP_DIVE, result(Stage.DEEP_DIVE, clock, now, deepDive(answers)));
        stages.put(Stage.TRADEOFFS, result(Stage.TRADEOFFS, clock, now, tradeoffs(answers, design)));
        int overall = (int) Math.round(stages.values().stream().mapToInt(SessionReport.StageResult::score).average()
                .orElse(0));
        List<Mistake> mistakes = mistakes(answers, design, estimationScore);
        return new SessionReport(stages, overall, design, mistakes, practiseNext(stages));
    }

    private static SessionReport.StageResult result(Stage stage, StageClock clock, Instant now, Score score) {
        Duration budget = clock.budgets().get(stage);
        return new SessionReport.StageResult(score.value(), clock.spentIn(stage, now), budget, score.missed());
    }

    record Score(int value, List<String> missed) {
    }

    /** Half for the key questions asked, half for the key requirements written down. */
    Score requirements(SessionAnswers answers) {
        List<String> missed = new ArrayList<>();
        List<CaseStudy.Question> keyQuestions = study.questions().stream().filter(CaseStudy.Question::key).toList();
        long asked = keyQuestions.stream().filter(q -> answers.askedQuestions().contains(q.id())).count();
        keyQuestions.stream().filter(q -> !answers.askedQuestions().contains(q.id()))
                .forEach(q -> missed.add("Not asked: " + q.question()));
        List<CaseStudy.Requirement> keyRequirements = Stream.concat(study.requirements().functional().stream(),
                study.requirements().nonFunctional().stream()).filter(CaseStudy.Requirement::key).toList();
        List<String> written = Stream.concat(answers.functional().stream(), answers.nonFunctional().stream()).toList();
        long covered = keyRequirements.stream().filter(r -> covers(written, r.text())).count();
        keyRequirements.stream().filter(r -> !covers(written, r.text()))
                .forEach(r -> missed.add("Not written down: " + r.text()));
        double score = 50.0 * share(asked, keyQuestions.size()) + 50.0 * share(covered, keyRequirements.size());
        return new Score((int) Math.round(score), missed);
    }

    static boolean covers(List<String> written, String requirement) {
        return written.stream().anyMatch(line -> TextMatcher.coverage(line, requirement) >= REQUIREMENT_MATCH);
    }

    private static Score design(SessionAnswers answers, Assessment design) {
        List<String> missed = design.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::title).toList();
        return new Score(answers.design() == null ? 0 : design.overall(), missed);
    }

    /** Per examined component: the five points filled in; and the case's deep-dive topics touched. */
    Score deepDive(SessionAnswers answers) {
        List<String> missed = new ArrayList<>();
        List<DeepDiveAnswer> dives = answers.deepDives();
        if (dives.size() < 2) {
            missed.add("Examine at least two components in depth; " + dives.size() + " examined.");
        }
        double completeness = dives.stream().limit(3).mapToDouble(dive -> completeness(dive, missed)).sum()
                / Math.max(2, Math.min(3, dives.size()));
        String all = String.join(" ", dives.stream().map(SessionScorer::text).toList());
        List<CaseStudy.DeepDive> topics = study.deepDives();
        long touched = topics.stream().filter(topic -> TextMatcher.coverage(all, topic.title()) >= 0.5).count();
        topics.stream().filter(topic -> TextMatcher.coverage(all, topic.title()) < 0.5)
                .forEach(topic -> missed.add("Not discussed: " + topic.title().toLowerCase(java.util.Locale.ROOT)));
        long wanted = Math.min(2, topics.size());
        double score = 70 * completeness + 30 * share(Math.min(touched, wanted), wanted);
        return new Score((int) Math.round(score), missed);
    }

    private static double completeness(DeepDiveAnswer dive, List<String> missed) {
        List<Predicate<DeepDiveAnswer>> parts = List.of(d -> filled(d.challenge()),
                d -> d.options().stream().filter(SessionScorer::filled).count() >= 2,
                d -> filled(d.decision()) && filled(d.why()), d -> filled(d.implementation()),
                d -> filled(d.edgeCases()));
        List<String> names = List.of("the challenge", "two options", "the decision and why", "the implementation",
                "edge cases and failures");
        int done = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).test(dive)) {
                done++;
            } else {
                missed.add("Deep dive on " + dive.componentId() + ": " + names.get(i) + " missing.");
            }
        }
        return done / (double) parts.size();
    }

    private static String text(DeepDiveAnswer dive) {
        return String.join(" ", dive.componentId(), dive.challenge(), String.join(" ", dive.options()),
                dive.decision(), dive.why(), dive.implementation(), dive.edgeCases());
    }

    /** Decisions with their price, the standing questions answered, and the design's weak points named. */
    Score tradeoffs(SessionAnswers answers, Assessment design) {
        List<String> missed = new ArrayList<>();
        long complete = answers.tradeoffs().stream().filter(SessionScorer::complete).count();
        if (complete < 2) {
            missed.add("Name at least two decisions with their pro, con and why the con is accepted; " + complete
                    + " complete.");
        }
        long answered = STANDING_QUESTIONS.stream().filter(q -> filled(answers.standing().getOrDefault(q, ""))).count();
        STANDING_QUESTIONS.stream().filter(q -> !filled(answers.standing().getOrDefault(q, "")))
                .forEach(q -> missed.add("Not answered: " + standingQuestion(q)));
        String all = String.join(" ", Stream.concat(answers.tradeoffs().stream().map(SessionScorer::text),
                answers.standing().values().stream()).toList());
        // An empty design has no weak points to name: its one finding says that nothing was drawn.
        List<Finding> weak = design.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .filter(f -> !f.ruleId().equals("nothing-drawn")).toList();
        long named = weak.stream().filter(f -> names(all, f, answers)).count();
        weak.stream().filter(f -> !names(all, f, answers)).forEach(f -> missed.add("Weak point not named: " + f.title()));
        double score = 40 * share(Math.min(complete, 2), 2) + 40 * share(answered, STANDING_QUESTIONS.size())
                + 20 * namedShare(weak.size(), named, all);
        return new Score((int) Math.round(score), missed);
    }

    /** Naming every weak point of a design without any is earned by writing something, not by leaving it blank. */
    private static double namedShare(int weakPoints, long named, String written) {
        if (weakPoints == 0) {
            return written.isBlank() ? 0 : 1;
        }
        return share(named, weakPoints);
    }

    /** A weak point counts as named when the text mentions a component it concerns or most of its title. */
    private static boolean names(String text, Finding finding, SessionAnswers answers) {
        if (TextMatcher.coverage(text, finding.title()) >= 0.5) {
            return true;
        }
        return answers.design() != null && finding.components().stream()
                .flatMap(id -> answers.design().component(id).stream())
                .anyMatch(component -> TextMatcher.coverage(text, component.displayName()) >= 0.99);
    }

    static String standingQuestion(String id) {
        return switch (id) {
            case "twoX" -> "What breaks first at twice the load?";
            case "tenX" -> "And at ten times the load?";
            case "databaseDies" -> "What happens when the database dies?";
            case "monthlyCost" -> "What does it cost a month?";
            case "monitoring" -> "What is monitored, and what wakes someone up?";
            case "deploy" -> "How does a deploy avoid downtime?";
            default -> id;
        };
    }

    private static boolean complete(TradeOffAnswer t) {
        return filled(t.decision()) && filled(t.pro()) && filled(t.con()) && filled(t.acceptedBecause());
    }

    private static String text(TradeOffAnswer t) {
        return String.join(" ", t.decision(), t.pro(), t.con(), t.acceptedBecause());
    }

    /** The common mistakes of the framework that this session shows. */
    List<Mistake> mistakes(SessionAnswers answers, Assessment design, int estimationScore) {
        List<String> ids = new ArrayList<>();
        if (tooFewQuestionsBeforeDrawing(answers)) {
            ids.add("no-questions");
        }
        if (answers.nonFunctional().isEmpty()) {
            ids.add("ignoring-non-functional");
        }
        if (answers.estimates().values().stream().noneMatch(SessionScorer::filled)) {
            ids.add("no-estimation");
        }
        if (fired(design, OVER_ENGINEERING)) {
            ids.add("over-engineering");
        }
        if (answers.tradeoffs().stream().noneMatch(SessionScorer::complete)) {
            ids.add("no-tradeoffs");
        }
        if (fired(design, STATEFUL_WITHOUT_HA)) {
            ids.add("stateful-without-ha");
        }
        if (!filled(answers.standing().getOrDefault("monthlyCost", ""))) {
            ids.add("no-cost");
        }
        if (fired(design, Set.of("vague-component"))) {
            ids.add("vague-components");
        }
        if (fired(design, NO_OBSERVABILITY)) {
            ids.add("no-observability");
        }
        return ids.stream().flatMap(id -> java.util.Optional.ofNullable(library.mistakes().get(id)).stream()).toList();
    }

    /** Fewer than two questions in all, or fewer than two asked before the first component was drawn. */
    private static boolean tooFewQuestionsBeforeDrawing(SessionAnswers answers) {
        SessionAnswers.DesignStart start = answers.designStarted();
        int askedFirst = start == null ? answers.askedQuestions().size() : start.questionsAsked();
        return askedFirst < MIN_QUESTIONS_BEFORE_DRAWING;
    }

    private static boolean fired(Assessment design, Set<String> ruleIds) {
        return design.findings().stream().anyMatch(f -> ruleIds.contains(f.ruleId()));
    }

    /** The two weakest stages, weakest first, as what to work on next. */
    private static List<String> practiseNext(Map<Stage, SessionReport.StageResult> stages) {
        return stages.entrySet().stream().filter(e -> e.getValue().score() < 80)
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(SessionReport.StageResult::score)))
                .limit(2).map(e -> advice(e.getKey())).toList();
    }

    private static String advice(Stage stage) {
        return switch (stage) {
            case REQUIREMENTS -> "Requirements: open with the key questions (scale, read/write ratio, latency, "
                    + "availability) and write each answer down as a requirement.";
            case ESTIMATION -> "Estimation: work the numbers from your own assumptions, line by line; the cheat "
                    + "sheet has the constants (a month is about 2.5 million seconds).";
            case DESIGN -> "Design: start from the client and follow one request; name a technology for each box "
                    + "and add what the numbers call for, no more.";
            case DEEP_DIVE -> "Deep dive: for each part, give the challenge, two options, the decision and why, "
                    + "how it works and what fails.";
            case TRADEOFFS -> "Trade-offs: say what each decision costs, what breaks first at 2x and 10x, and "
                    + "what the system costs a month.";
        };
    }

    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 1 : Math.min(1, part / (double) whole);
    }
}
