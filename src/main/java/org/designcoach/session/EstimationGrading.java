package org.designcoach.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.designcoach.content.CaseStudy;
import org.designcoach.estimation.Arithmetic;
import org.designcoach.estimation.Calculator;
import org.designcoach.estimation.LearnerWorksheet;
import org.designcoach.estimation.LineCheck;
import org.designcoach.estimation.Magnitude;
import org.designcoach.estimation.Quantity;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.estimation.ReferenceEstimate;
import org.designcoach.estimation.ReferenceLine;
import org.designcoach.estimation.Slip;
import org.designcoach.estimation.Tolerances;
import org.designcoach.estimation.WorksheetChecker;
import org.jspecify.annotations.Nullable;

/** The estimation stage through the estimation engine: prefilled values, checks, a score, the learner's peak. */
final class EstimationGrading {

    private EstimationGrading() {
    }

    /**
     * One worksheet line as the page shows it. {@code slip} names a unit error or a power-of-ten slip
     * against the learner's own values (empty when there is none), the thing to flag at once; a line is
     * {@code wrong} when its arithmetic is off, its size is out of the case's range, or it has a slip.
     */
    record Line(String id, String label, String verdict, String explanation, String slip, boolean wrong) {
    }

    /**
     * The stage's score: each line earns half for its arithmetic and half for its order of magnitude.
     * The accuracy is the share (0–100) of the case's worksheet lines whose value lies within the
     * case's tolerance of the reference, arithmetic aside; null when the case has no lines to check.
     */
    record Graded(int score, List<String> missed, List<Line> lines, @Nullable Integer accuracy) {
    }

    static Graded grade(CaseStudy study, SessionAnswers answers) {
        List<LineCheck> checks = new WorksheetChecker(tolerances(study)).check(reference(study),
                worksheet(study, answers));
        List<String> missed = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        double points = 0;
        int withinTolerance = 0;
        for (LineCheck check : checks) {
            boolean right = check.arithmetic() == Arithmetic.RIGHT;
            boolean within = check.magnitude() == Magnitude.WITHIN;
            points += (right ? 0.5 : 0) + (within ? 0.5 : 0);
            withinTolerance += within ? 1 : 0;
            if (!right || !within) {
                missed.add(check.label() + ": " + (check.slipNote().isEmpty() ? "" : check.slipNote() + " ")
                        + check.message());
            }
            boolean wrong = check.arithmetic() == Arithmetic.WRONG || check.slip() != Slip.NONE
                    || check.magnitude() == Magnitude.TOO_HIGH || check.magnitude() == Magnitude.TOO_LOW;
            lines.add(new Line(check.id(), check.label(), verdict(check), explanation(check), check.slipNote(), wrong));
        }
        int score = checks.isEmpty() ? 100 : (int) Math.round(100 * points / checks.size());
        Integer accuracy = checks.isEmpty() ? null : (int) Math.round(100.0 * withinTolerance / checks.size());
        return new Graded(score, missed, lines, accuracy);
    }

    /** The assumptions that the questions asked in stage 1 revealed, by assumption id. */
    static Map<String, String> revealed(CaseStudy study, SessionAnswers answers) {
        Map<String, String> values = new LinkedHashMap<>();
        study.questions().stream().filter(q -> answers.askedQuestions().contains(q.id()) && q.reveals() != null)
                .forEach(q -> values.putAll(q.reveals()));
        return values;
    }

    /**
     * The learner's own peak load in requests per second, which the rules engine judges against. A case
     * without a peak line (a company's own case may lack one) falls back to the larger of the learner's
     * read and write rates: an average, so a floor for the peak, but the learner's number all the same.
     */
    static Optional<Double> peakQps(CaseStudy study, SessionAnswers answers) {
        List<CaseStudy.Result> lines = study.estimate().results();
        if (lines.stream().anyMatch(line -> "peak-qps".equals(line.kind()))) {
            return ratesOfKind(lines, answers, Set.of("peak-qps")).findFirst();
        }
        return ratesOfKind(lines, answers, Set.of("read-qps", "write-qps")).max(Double::compare);
    }

    private static Stream<Double> ratesOfKind(List<CaseStudy.Result> lines, SessionAnswers answers,
            Set<String> kinds) {
        return lines.stream().filter(line -> kinds.contains(line.kind()))
                .flatMap(line -> rate(answers.estimates().get(line.id()), line.value()).stream());
    }

    /** A rate in requests per second as the worksheet writes it, such as {@code 1.2k /s}. */
    static String rateText(double perSecond) {
        return QuantityParser.parse("1 /s").times(Quantity.number(perSecond)).format("/s");
    }

    /**
     * The share of reads in the learner's own read and write rates (the lines the case marks read-qps and
     * write-qps); empty unless both are typed as rates and not both zero.
     */
    static Optional<Double> readFraction(CaseStudy study, SessionAnswers answers) {
        Optional<Double> reads = ownRate(study, answers, "read-qps");
        Optional<Double> writes = ownRate(study, answers, "write-qps");
        if (reads.isEmpty() || writes.isEmpty() || reads.get() < 0 || writes.get() < 0
                || reads.get() + writes.get() <= 0) {
            return Optional.empty();
        }
        return Optional.of(reads.get() / (reads.get() + writes.get()));
    }

    /** The learner's rate on the case's first line of a kind, a bare number read in that line's unit. */
    private static Optional<Double> ownRate(CaseStudy study, SessionAnswers answers, String kind) {
        return study.estimate().results().stream().filter(line -> kind.equals(line.kind())).findFirst()
                .flatMap(line -> rate(answers.estimates().get(line.id()), line.value()));
    }

    /**
     * The scratch calculator: a result, or what is wrong with the expression. Every value is read as the
     * worksheet reads it, so a bare {@code 100M} for new links per month is 100M /month here too; text that
     * reads two ways says how it was read, and a typed {@code = value} says whether it agrees.
     */
    static String calculate(CaseStudy study, String expression, SessionAnswers answers) {
        if (expression.isBlank()) {
            return "Type an expression, such as 100M / (30 * 86400 s).";
        }
        Map<String, String> caseValues = new LinkedHashMap<>();
        study.estimate().assumptions().forEach(a -> caseValues.put(a.id(), a.value()));
        study.estimate().results().forEach(r -> caseValues.put(r.id(), r.value()));
        Map<String, Quantity> variables = new LinkedHashMap<>();
        answers.assumptions().forEach((id, text) -> read(text, caseValues.get(id)).ifPresent(q -> variables.put(id, q)));
        answers.estimates().forEach((id, text) -> read(text, caseValues.get(id)).ifPresent(q -> variables.put(id, q)));
        try {
            Calculator.Evaluation evaluation = Calculator.work(expression, variables, null);
            StringBuilder text = new StringBuilder("= ").append(evaluation.value().format());
            if (evaluation.claimed() != null) {
                text.append(evaluation.agrees(tolerances(study).relative()) ? "; it agrees with " : "; it does not agree with ")
                        .append(evaluation.claimed().format());
            }
            if (!evaluation.readings().isEmpty()) {
                text.append(" (").append(String.join("; ", evaluation.readings())).append(")");
            }
            return text.toString();
        } catch (QuantityException e) {
            return e.getMessage();
        }
    }

    /** Why a typed quantity cannot be read, if it cannot. */
    static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            QuantityParser.parse(text);
            return Optional.empty();
        } catch (QuantityException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String verdict(LineCheck check) {
        String arithmetic = switch (check.arithmetic()) {
            case RIGHT -> "Arithmetic right";
            case WRONG -> "Arithmetic off";
            case CANNOT_CHECK -> "Arithmetic not checked";
        };
        String magnitude = switch (check.magnitude()) {
            case WITHIN -> "order of magnitude right";
            case TOO_HIGH -> "too high against the reference";
            case TOO_LOW -> "too low against the reference";
            case CANNOT_CHECK -> "magnitude not checked";
        };
        return arithmetic + "; " + magnitude + ".";
    }

    private static String explanation(LineCheck check) {
        return check.derivation().isBlank() ? check.message() : check.derivation() + ". " + check.message();
    }

    /** The case's own tolerances where it sets them, the checker's defaults otherwise. */
    static Tolerances tolerances(CaseStudy study) {
        CaseStudy.Tolerance own = study.estimate().tolerance();
        if (own == null) {
            return Tolerances.DEFAULT;
        }
        return new Tolerances(own.relative() != null ? own.relative() : Tolerances.DEFAULT.relative(),
                own.factor() != null ? own.factor() : Tolerances.DEFAULT.factor());
    }

    private static ReferenceEstimate reference(CaseStudy study) {
        Map<String, String> assumptions = new LinkedHashMap<>();
        study.estimate().assumptions().forEach(a -> assumptions.put(a.id(), a.value()));
        List<ReferenceLine> lines = study.estimate().results().stream()
                .map(r -> new ReferenceLine(r.id(), r.label(), r.formula(), r.value(), r.note())).toList();
        return new ReferenceEstimate(assumptions, lines);
    }

    private static LearnerWorksheet worksheet(CaseStudy study, SessionAnswers answers) {
        Map<String, String> assumptions = new LinkedHashMap<>(revealed(study, answers));
        assumptions.putAll(answers.assumptions());
        return new LearnerWorksheet(assumptions, answers.estimates());
    }

    /** A typed value as the worksheet reads it: a bare number in the unit of the case's value for it. */
    private static Optional<Quantity> read(String text, @Nullable String caseValue) {
        try {
            return Optional.of(caseValue == null ? QuantityParser.parse(text) : WorksheetChecker.readAnswer(text, caseValue));
        } catch (QuantityException e) {
            return Optional.empty();
        }
    }

    /** A typed rate in requests per second, a bare number read in the unit of the case's line as the checker does. */
    private static Optional<Double> rate(@Nullable String typed, String referenceValue) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            Quantity quantity = WorksheetChecker.readAnswer(typed, referenceValue);
            return quantity.isDimensionless() ? Optional.empty() : Optional.of(quantity.in("/s"));
        } catch (QuantityException e) {
            return Optional.empty();
        }
    }
}
