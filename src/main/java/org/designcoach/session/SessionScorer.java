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

    /** Stage 4 weighs the dives themselves; the rest of its score is for the case's topics reached. */
    static final int DIVES_WEIGHT = 85;
    /** A written requirement line counts when it has at least this many meaningful words. */
    static final int REQUIREMENT_WORDS = 2;

    private final CaseStudy study;
    private final ContentLibrary library;
    private final AnswerJudge judge;

    SessionScorer(CaseStudy study, ContentLibrary library) {
        this.study = study;
        this.library = library;
        this.judge = new AnswerJudge(library.catalog().components().stream()
                .flatMap(type -> type.technologies().stream()).toList(), this::conceptTitle);
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
        List<AnswerVerdict> verdicts = Stream.of(requirements(answers), deepDive(answers), tradeoffs(answers, design))
                .flatMap(score -> score.verdicts().stream()).toList();
        return new SessionReport(stages, overall, design, mistakes, practiseNext(stages), verdicts);
    }

    private static SessionReport.StageResult result(Stage stage, StageClock clock, Instant now, Score score) {
        Duration budget = clock.budgets().get(stage);
        return new SessionReport.StageResult(score.value(), clock.spentIn(stage, now), budget, score.missed());
    }

    /** A stage's score, what it lacked, and how each written answer in it was judged. */
    record Score(int value, List<String> missed, List<AnswerVerdict> verdicts) {

        Score(int value, List<String> missed) {
            this(value, missed, List.of());
        }
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
        List<String> typed = Stream.concat(answers.functional().stream(), answers.nonFunctional().stream()).toList();
        // A line of one word or a placeholder ("fast", "tbd") covers nothing, however well it matches.
        List<String> written = typed.stream().filter(SessionScorer::saysSomething).toList();
        List<AnswerVerdict.Point> made = new ArrayList<>();
        List<AnswerVerdict.Point> notMade = new ArrayList<>();
        for (CaseStudy.Requirement requirement : keyRequirements) {
            String concept = requirement.concept() == null ? "five-step-framework" : requirement.concept();
            var point = new AnswerVerdict.Point(requirement.text(), concept, conceptTitle(concept));
            if (covers(written, requirement)) {
                made.add(point);
            } else {
                notMade.add(point);
                missed.add("Not written down: " + requirement.text());
            }
        }
        double score = 50.0 * share(asked, keyQuestions.size()) + 50.0 * share(made.size(), keyRequirements.size());
        List<String> reasons = new ArrayList<>();
        List<String> ignored = typed.stream().filter(line -> filled(line) && !saysSomething(line)).toList();
        if (!ignored.isEmpty()) {
            reasons.add("Lines of a single word or a placeholder were not counted: "
                    + String.join(", ", ignored.stream().map(line -> "\"" + line.strip() + "\"").toList()) + ".");
        }
        var verdict = new AnswerVerdict(Stage.REQUIREMENTS, "Your requirements", null,
                (int) Math.round(100 * share(made.size(), keyRequirements.size())), reasons, made, notMade);
        return new Score((int) Math.round(score), missed, List.of(verdict));
    }

    /** A key requirement is written when a line names one of its terms, or shares most of its words. */
    static boolean covers(List<String> written, CaseStudy.Requirement requirement) {
        return written.stream().anyMatch(line -> Wording.containsAny(Wording.words(line), requirement.terms())
                || TextMatcher.coverage(line, requirement.text()) >= REQUIREMENT_MATCH);
    }

    private static boolean saysSomething(String line) {
        return line != null && AnswerJudge.meaningfulWords(line) >= REQUIREMENT_WORDS;
    }

    private static Score design(SessionAnswers answers, Assessment design) {
        List<String> missed = design.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::title).toList();
        return new Score(answers.design() == null ? 0 : design.overall(), missed);
    }

    /**
     * Each examined component judged on what it says against the closest deep-dive topic of the case
     * (its key points, named technologies, figures, failure cases); then the case's topics reached.
     * Two thorough dives of three topics cannot reach 100: an untouched topic is always named.
     */
    Score deepDive(SessionAnswers answers) {
        List<String> missed = new ArrayList<>();
        List<DeepDiveAnswer> dives = answers.deepDives();
        if (dives.size() < 2) {
            missed.add("Examine at least two components in depth; " + dives.size() + " examined.");
        }
        List<AnswerJudge.Topic> topics = study.deepDives().stream()
                .map(dive -> new AnswerJudge.Topic(dive.title(), dive.keyPoints())).toList();
        List<AnswerVerdict> verdicts = dives.stream().map(dive -> judge.judge(Stage.DEEP_DIVE,
                "Deep dive on " + componentName(answers, dive.componentId()), fields(dive), topics,
                AnswerJudge.Kind.DEEP_DIVE)).toList();
        verdicts.forEach(v -> v.reasons().forEach(reason -> missed.add(v.answer() + ": " + reason)));
        double dived = verdicts.stream().mapToInt(AnswerVerdict::score).boxed()
                .sorted(java.util.Comparator.reverseOrder()).limit(DeepDiveStage.MAX_DIVES).mapToInt(i -> i).sum()
                / (100.0 * Math.max(2, Math.min(DeepDiveStage.MAX_DIVES, dives.size())));
        Set<String> reached = verdicts.stream().filter(v -> v.score() > 0 && !v.made().isEmpty())
                .map(AnswerVerdict::topic).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        int needed = Math.min(DeepDiveStage.MAX_DIVES, topics.size());
        for (AnswerJudge.Topic topic : topics) {
            if (!reached.contains(topic.title())) {
                missed.add((reached.size() < needed ? "Not discussed: " : "Also worth a dive (not required): ")
                        + topic.title().toLowerCase(java.util.Locale.ROOT));
            }
        }
        double score = DIVES_WEIGHT * dived + (100 - DIVES_WEIGHT) * share(Math.min(reached.size(), needed), needed);
        return new Score((int) Math.round(score), missed, verdicts);
    }

    private static List<String> fields(DeepDiveAnswer dive) {
        List<String> fields = new ArrayList<>();
        fields.add(dive.challenge());
        dive.options().stream().filter(option -> !option.isBlank()).forEach(fields::add);
        fields.addAll(List.of(dive.decision(), dive.why(), dive.implementation(), dive.edgeCases()));
        return fields;
    }

    private static String componentName(SessionAnswers answers, String componentId) {
        return answers.design() == null ? componentId : answers.design().component(componentId)
                .map(component -> component.displayName()).orElse(componentId);
    }

    /**
     * Decisions judged on what they say against the case's trade-offs (and deep-dive topics, where a
     * decision is discussed as well), the standing questions answered in words, and the design's weak
     * points named.
     */
    Score tradeoffs(SessionAnswers answers, Assessment design) {
        List<String> missed = new ArrayList<>();
        List<AnswerJudge.Topic> topics = Stream.concat(study.tradeoffs().stream()
                .map(t -> new AnswerJudge.Topic(t.decision(), t.keyPoints())), study.deepDives().stream()
                .map(d -> new AnswerJudge.Topic(d.title(), d.keyPoints()))).toList();
        List<TradeOffAnswer> written = answers.tradeoffs().stream().filter(t -> filled(text(t))).toList();
        List<AnswerVerdict> verdicts = new ArrayList<>();
        for (TradeOffAnswer t : written) {
            verdicts.add(judge.judge(Stage.TRADEOFFS, "Decision: " + (filled(t.decision()) ? t.decision().strip()
                    : "(none named)"), List.of(t.decision(), t.pro(), t.con(), t.acceptedBecause()), topics,
                    AnswerJudge.Kind.TRADE_OFF));
        }
        if (written.size() < 2) {
            missed.add("Name at least two decisions with their pro, con and why the con is accepted; "
                    + written.size() + " written.");
        }
        verdicts.forEach(v -> v.reasons().forEach(reason -> missed.add(v.answer() + ": " + reason)));
        double decisions = verdicts.stream().mapToInt(AnswerVerdict::score).boxed()
                .sorted(java.util.Comparator.reverseOrder()).limit(2).mapToInt(i -> i).sum() / 200.0;
        long answered = STANDING_QUESTIONS.stream().filter(q -> AnswerJudge.substantive(
                answers.standing().getOrDefault(q, ""))).count();
        STANDING_QUESTIONS.stream().filter(q -> !AnswerJudge.substantive(answers.standing().getOrDefault(q, "")))
                .forEach(q -> missed.add("Not answered in words: " + standingQuestion(q)));
        String all = String.join(" ", Stream.concat(answers.tradeoffs().stream().map(SessionScorer::text),
                answers.standing().values().stream()).toList());
        // An empty design has no weak points to name: its one finding says that nothing was drawn.
        List<Finding> weak = design.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .filter(f -> !f.ruleId().equals("nothing-drawn")).toList();
        long named = weak.stream().filter(f -> names(all, f, answers)).count();
        weak.stream().filter(f -> !names(all, f, answers)).forEach(f -> missed.add("Weak point not named: " + f.title()));
        double score = 40 * decisions + 40 * share(answered, STANDING_QUESTIONS.size())
                + 20 * namedShare(weak.size(), named, all);
        return new Score((int) Math.round(score), missed, verdicts);
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

    /** A decision that says something in each of its four parts. */
    private static boolean complete(TradeOffAnswer t) {
        return Stream.of(t.decision(), t.pro(), t.con(), t.acceptedBecause()).allMatch(SessionScorer::filled)
                && AnswerJudge.substantive(text(t));
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

    private String conceptTitle(String id) {
        return library.concept(id).map(org.designcoach.content.Concept::title).orElse(id);
    }

    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 1 : Math.min(1, part / (double) whole);
    }
}
