package org.designcoach.progress;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The charts of a progress page, each with the sentence that sums it up. Scores and accuracy are drawn
 * over every scored attempt; time per attempt over the latest {@link #LATEST_ATTEMPTS}, where bars
 * stay readable.
 */
final class ProgressCharts {

    static final int LATEST_ATTEMPTS = 30;
    static final DateTimeFormatter POINT = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ProgressCharts() {
    }

    /** A chart with its heading and its summary sentence. */
    record Chart(String title, ChartSpec spec, String summary) {
    }

    static List<Chart> of(Progress progress) {
        return List.of(scores(progress), timeAgainstBudget(progress), timePerAttempt(progress), accuracy(progress),
                lostPoints(progress));
    }

    static Chart scores(Progress progress) {
        List<AttemptResult> scored = progress.scored();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            series.add(ChartSpec.Series.of(stage.title(), values(scored, a -> score(a, stage))));
        }
        String averages = progress.recentAverages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> lower(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
        String lowest = progress.recentAverages().entrySet().stream()
                .min(Map.Entry.<Stage, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> "; the lowest is " + lower(e.getKey()) + ".").orElse(".");
        return new Chart("Score per stage over time", new ChartSpec(ChartSpec.LINE, "", labels(scored), series, 100,
                keys(scored)), "Average of the latest " + Math.min(ProgressCalculator.RECENT, scored.size())
                        + " attempts: " + averages + lowest);
    }

    static Chart timeAgainstBudget(Progress progress) {
        List<Stage> stages = progress.timeByStage().keySet().stream().sorted().toList();
        List<@Nullable Number> spent = new ArrayList<>();
        List<@Nullable Number> budget = new ArrayList<>();
        stages.forEach(stage -> {
            spent.add(minutes(progress.timeByStage().get(stage).averageSpent()));
            budget.add(minutes(progress.timeByStage().get(stage).averageBudget()));
        });
        String overruns = stages.stream().filter(stage -> progress.timeByStage().get(stage).overruns() > 0)
                .map(stage -> lower(stage) + " in " + progress.timeByStage().get(stage).overruns() + " of "
                        + progress.timeByStage().get(stage).attempts())
                .collect(Collectors.joining(", "));
        return new Chart("Time per stage against its budget", new ChartSpec(ChartSpec.BARS, "min",
                stages.stream().map(Stage::title).toList(), List.of(ChartSpec.Series.of("Average time spent", spent),
                        ChartSpec.Series.of("Average budget", budget)), null, List.of()),
                overruns.isEmpty() ? "No stage ran over its budget." : "Stages that ran over their budget: " + overruns
                        + " attempts.");
    }

    static Chart timePerAttempt(Progress progress) {
        List<AttemptResult> latest = progress.scored().subList(Math.max(0, progress.scored().size() - LATEST_ATTEMPTS),
                progress.scored().size());
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            series.add(ChartSpec.Series.of(stage.title(), values(latest, a -> spent(a, stage))));
        }
        series.add(new ChartSpec.Series("Budget", values(latest, a -> minutes(total(a, AttemptResult.StageScore::budget))),
                true));
        double spentAverage = latest.stream().mapToDouble(a -> minutes(total(a, AttemptResult.StageScore::spent))).average()
                .orElse(0);
        double budgetAverage = latest.stream().mapToDouble(a -> minutes(total(a, AttemptResult.StageScore::budget)))
                .average().orElse(0);
        return new Chart("Time per attempt, stage by stage", new ChartSpec(ChartSpec.STACKED_BARS, "min",
                labels(latest), series, null, keys(latest)), "The latest " + latest.size() + " attempts took "
                        + round(spentAverage) + " min on average, against a budget of " + round(budgetAverage) + " min.");
    }

    static Chart accuracy(Progress progress) {
        List<AttemptResult> scored = progress.scored();
        List<@Nullable Number> values = values(scored, AttemptResult::estimationAccuracy);
        List<Integer> known = values.stream().filter(v -> v != null).map(Number::intValue).toList();
        List<Integer> recent = known.subList(Math.max(0, known.size() - ProgressCalculator.RECENT), known.size());
        String summary = known.isEmpty() ? "No worksheet has been checked yet."
                : "In the latest " + recent.size() + " worksheets, " + mean(recent)
                        + " % of the lines were within the tolerance of the reference on average" + (known.size() > recent.size()
                                ? " (" + mean(known.subList(0, known.size() - recent.size())) + " % before)." : ".");
        return new Chart("Estimation accuracy over time", new ChartSpec(ChartSpec.LINE, "%", labels(scored),
                List.of(ChartSpec.Series.of("Worksheet lines within tolerance", values)), 100, keys(scored)), summary);
    }

    static Chart lostPoints(Progress progress) {
        List<Progress.CategoryLoss> losses = progress.lostPoints();
        String summary = losses.isEmpty() ? "The designs have lost no points to the rules yet."
                : "Most points are lost on " + losses.stream().limit(3)
                        .map(loss -> loss.category().id() + " (" + loss.points() + ")").collect(Collectors.joining(", then "))
                        + ".";
        return new Chart("Points lost by rule category", new ChartSpec(ChartSpec.BARS, "points",
                losses.stream().map(loss -> capitalised(loss.category().id())).toList(),
                List.of(ChartSpec.Series.of("Points lost", losses.stream().<@Nullable Number>map(Progress.CategoryLoss::points)
                        .toList())), null, List.of()), summary);
    }

    private static List<String> labels(List<AttemptResult> attempts) {
        return attempts.stream().map(a -> POINT.format(a.when())).toList();
    }

    private static List<String> keys(List<AttemptResult> attempts) {
        return attempts.stream().map(a -> String.valueOf(a.id())).toList();
    }

    private static List<@Nullable Number> values(List<AttemptResult> attempts,
            Function<AttemptResult, @Nullable Number> value) {
        List<@Nullable Number> values = new ArrayList<>(attempts.size());
        attempts.forEach(a -> values.add(value.apply(a)));
        return values;
    }

    private static @Nullable Number score(AttemptResult attempt, Stage stage) {
        AttemptResult.StageScore result = attempt.stages().get(stage);
        return result == null ? null : result.score();
    }

    private static @Nullable Number spent(AttemptResult attempt, Stage stage) {
        AttemptResult.StageScore result = attempt.stages().get(stage);
        return result == null ? null : minutes(result.spent());
    }

    private static Duration total(AttemptResult attempt, Function<AttemptResult.StageScore, Duration> part) {
        return attempt.stages().values().stream().map(part).reduce(Duration.ZERO, Duration::plus);
    }

    /** Minutes with one decimal, as the charts show them. */
    static double minutes(Duration duration) {
        return round(duration.toSeconds() / 60.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static int mean(List<Integer> values) {
        return (int) Math.round(values.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    private static String lower(Stage stage) {
        return stage.title().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
