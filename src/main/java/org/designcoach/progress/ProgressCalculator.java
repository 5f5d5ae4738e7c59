package org.designcoach.progress;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.content.CaseStudy;
import org.designcoach.rules.Category;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.SessionStatus;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A learner's progress from their attempts and the case library: plain Java without Spring or the
 * database, so that it is tested in milliseconds and costs little for hundreds of attempts. Days are
 * counted in UTC: the server does not know the learner's time zone, and UTC is what the dates on the
 * page show.
 */
final class ProgressCalculator {

    /** How many of the latest scored attempts say what the learner is weak at now. */
    static final int RECENT = 10;

    private ProgressCalculator() {
    }

    static Progress progress(String learner, boolean own, List<AttemptResult> attempts, Collection<CaseStudy> cases,
            LocalDate today) {
        List<AttemptResult> scored = attempts.stream().filter(AttemptResult::scored)
                .sorted(Comparator.comparing(AttemptResult::when).thenComparingLong(AttemptResult::id)).toList();
        List<AttemptResult> recent = scored.subList(Math.max(0, scored.size() - RECENT), scored.size());
        Map<Stage, Integer> recentAverages = averageScores(recent);
        Set<String> caseIds = cases.stream().map(CaseStudy::id).collect(Collectors.toSet());
        List<AttemptResult> finished = attempts.stream().filter(a -> a.status() == SessionStatus.FINISHED).toList();
        Set<String> covered = finished.stream().map(AttemptResult::caseId).filter(caseIds::contains)
                .collect(Collectors.toSet());
        List<Progress.CategoryLoss> recentLosses = lostPoints(recent);
        @Nullable Category weakestCategory = recentLosses.isEmpty() ? null : recentLosses.getFirst().category();
        @Nullable String level = scored.isEmpty() ? null : scored.getLast().level();
        return new Progress(learner, own, attempts, scored, recentAverages, timeByStage(scored), lostPoints(scored),
                covered.size(), cases.size(), Streaks.of(practiceDays(finished), today),
                PractiseNext.choose(recentAverages, weakestCategory, covered, cases, level).orElse(null));
    }

    /** Per stage, the rounded mean score; empty without attempts. */
    static Map<Stage, Integer> averageScores(List<AttemptResult> scored) {
        Map<Stage, Integer> averages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            scored.stream().map(attempt -> attempt.stages().get(stage)).filter(s -> s != null)
                    .mapToInt(AttemptResult.StageScore::score).average()
                    .ifPresent(average -> averages.put(stage, (int) Math.round(average)));
        }
        return averages;
    }

    static Map<Stage, Progress.StageTime> timeByStage(List<AttemptResult> scored) {
        Map<Stage, Progress.StageTime> times = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            List<AttemptResult.StageScore> results = scored.stream().map(attempt -> attempt.stages().get(stage))
                    .filter(s -> s != null).toList();
            if (!results.isEmpty()) {
                times.put(stage, new Progress.StageTime(mean(results.stream().map(AttemptResult.StageScore::spent).toList()),
                        mean(results.stream().map(AttemptResult.StageScore::budget).toList()),
                        (int) results.stream().filter(AttemptResult.StageScore::overran).count(), results.size()));
            }
        }
        return times;
    }

    /** Points lost per category, summed, the largest first (ties in the categories' order); no zero entries. */
    static List<Progress.CategoryLoss> lostPoints(List<AttemptResult> scored) {
        Map<Category, Integer> sums = new EnumMap<>(Category.class);
        scored.forEach(attempt -> attempt.lostPointsByCategory().forEach((category, points) ->
                sums.merge(category, points, Integer::sum)));
        return sums.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Category, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Progress.CategoryLoss(e.getKey(), e.getValue())).toList();
    }

    private static List<LocalDate> practiceDays(List<AttemptResult> finished) {
        return finished.stream().map(attempt -> LocalDate.ofInstant(attempt.when(), ZoneOffset.UTC)).toList();
    }

    private static Duration mean(List<Duration> durations) {
        long total = durations.stream().mapToLong(Duration::toSeconds).sum();
        return Duration.ofSeconds(Math.round(total / (double) durations.size()));
    }
}
