package org.designcoach.session;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.designcoach.design.DesignJson;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Category;
import org.designcoach.rules.Finding;
import org.designcoach.rules.Severity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * The compact result kept with a finished session (column {@code result_json}): a few hundred bytes
 * instead of the answers, so that a history of hundreds of attempts is read without scoring any of
 * them again. It is the score as it was when the attempt finished; a later change of the rules or
 * the case does not rewrite history.
 */
final class AttemptResults {

    /** The version of the stored form; a reader meeting a newer one treats the attempt as unscored. */
    static final int FORMAT = 1;

    private static final Logger log = LoggerFactory.getLogger(AttemptResults.class);

    private AttemptResults() {
    }

    /** The stored form. Durations are whole seconds. */
    record Stored(int format, int overall, Map<Stage, StoredStage> stages, @Nullable Integer estimationAccuracy,
            Map<Category, Integer> lostPoints) {
    }

    record StoredStage(int score, long spentSeconds, long budgetSeconds) {
    }

    static Stored of(SessionReport report, @Nullable Integer estimationAccuracy) {
        Map<Stage, StoredStage> stages = new EnumMap<>(Stage.class);
        report.stages().forEach((stage, result) -> stages.put(stage, new StoredStage(result.score(),
                result.spent().toSeconds(), result.budget().toSeconds())));
        return new Stored(FORMAT, report.overall(), stages, estimationAccuracy, lostPoints(report.design()));
    }

    /** The points each rule category lost in this design; strengths cost nothing, categories without loss are left out. */
    static Map<Category, Integer> lostPoints(Assessment design) {
        Map<Category, Integer> lost = new EnumMap<>(Category.class);
        for (Finding finding : design.findings()) {
            if (finding.severity() != Severity.STRENGTH && finding.points() > 0) {
                lost.merge(finding.category(), finding.points(), Integer::sum);
            }
        }
        return lost;
    }

    static String write(Stored stored) {
        return DesignJson.MAPPER.writeValueAsString(stored);
    }

    /** The row as a history lists it; without a readable result, the attempt shows without scores. */
    static AttemptResult read(AttemptRow row, String caseTitle, @Nullable String json) {
        Stored stored = json == null ? null : parse(row.id(), json);
        Map<Stage, AttemptResult.StageScore> stages = new EnumMap<>(Stage.class);
        if (stored != null) {
            stored.stages().forEach((stage, s) -> stages.put(stage, new AttemptResult.StageScore(s.score(),
                    Duration.ofSeconds(s.spentSeconds()), Duration.ofSeconds(s.budgetSeconds()))));
        }
        return new AttemptResult(row.id(), row.owner(), row.caseId(), caseTitle, row.mode(), row.level(),
                row.status(), row.startedAt(), row.finishedAt(), stored == null ? null : stored.overall(), stages,
                stored == null ? null : stored.estimationAccuracy(),
                stored == null || stored.lostPoints() == null ? Map.of() : stored.lostPoints());
    }

    private static @Nullable Stored parse(long id, String json) {
        try {
            Stored stored = DesignJson.MAPPER.readValue(json, Stored.class);
            if (stored.format() > FORMAT || stored.stages() == null) {
                log.warn("The result of session {} has format {}, newer than this version reads", id, stored.format());
                return null;
            }
            return stored;
        } catch (JacksonException e) {
            log.warn("The result of session {} cannot be read; it is shown without scores: {}", id, e.getMessage());
            return null;
        }
    }
}
