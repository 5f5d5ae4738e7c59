package org.designcoach.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.designcoach.content.Mistake;
import org.designcoach.rules.Assessment;

/** The end of a session: a score per stage and overall, time against budget, what was missed. */
public record SessionReport(
        Map<Stage, StageResult> stages,
        int overall,
        Assessment design,
        List<Mistake> mistakes,
        List<String> practiseNext) {

    public SessionReport {
        stages = Map.copyOf(stages);
        mistakes = List.copyOf(mistakes);
        practiseNext = List.copyOf(practiseNext);
    }

    /** One stage: its score (0–100), the time spent against the budget, and what it lacked. */
    public record StageResult(int score, Duration spent, Duration budget, List<String> missed) {

        public StageResult {
            missed = List.copyOf(missed);
        }

        public boolean overran() {
            return spent.compareTo(budget) > 0;
        }
    }
}
