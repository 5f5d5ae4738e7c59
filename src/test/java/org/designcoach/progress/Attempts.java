package org.designcoach.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.designcoach.MutableClock;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentLoaderAccess;
import org.designcoach.rules.Category;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionStatus;
import org.designcoach.session.Stage;

/** Small named builders of attempt results for the progress tests, and the built-in cases. */
final class Attempts {

    static final ContentLibrary LIBRARY = ContentLoaderAccess.builtIn(MutableClock.startingAt("2026-11-25T10:00:00Z"));

    private static long nextId = 1;

    private Attempts() {
    }

    /** A finished attempt at the given instant, every stage scoring {@code score} in its budget. */
    static AttemptResult finished(String caseId, String at, int score) {
        Map<Stage, Integer> scores = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            scores.put(stage, score);
        }
        return finished(caseId, at, scores, Map.of());
    }

    static AttemptResult finished(String caseId, String at, Map<Stage, Integer> scores,
            Map<Category, Integer> lostPoints) {
        Map<Stage, AttemptResult.StageScore> stages = new EnumMap<>(Stage.class);
        scores.forEach((stage, score) -> stages.put(stage, new AttemptResult.StageScore(score, Duration.ofMinutes(3),
                Duration.ofMinutes(5))));
        return withStages(caseId, at, stages, lostPoints);
    }

    static AttemptResult withStages(String caseId, String at, Map<Stage, AttemptResult.StageScore> stages,
            Map<Category, Integer> lostPoints) {
        Instant finishedAt = Instant.parse(at);
        int overall = (int) Math.round(stages.values().stream().mapToInt(AttemptResult.StageScore::score).average()
                .orElse(0));
        return new AttemptResult(nextId++, "lena", caseId, title(caseId), Mode.MOCK, "mid", SessionStatus.FINISHED,
                finishedAt.minus(Duration.ofMinutes(45)), finishedAt, overall, stages, 50, lostPoints);
    }

    static AttemptResult inProgress(String caseId, String startedAt) {
        return new AttemptResult(nextId++, "lena", caseId, title(caseId), Mode.GUIDED, "mid",
                SessionStatus.IN_PROGRESS, Instant.parse(startedAt), null, null, Map.of(), null, Map.of());
    }

    /** Every stage at 90 except one. */
    static Map<Stage, Integer> weakAt(Stage weak, int score) {
        Map<Stage, Integer> scores = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            scores.put(stage, stage == weak ? score : 90);
        }
        return scores;
    }

    private static String title(String caseId) {
        return LIBRARY.caseStudy(caseId).map(study -> study.title()).orElse(caseId);
    }
}
