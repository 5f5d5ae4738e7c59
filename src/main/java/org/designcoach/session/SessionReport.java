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
        List<String> practiseNext,
        List<AnswerVerdict> verdicts) {

    public SessionReport {
        stages = Map.copyOf(stages);
        mistakes = List.copyOf(mistakes);
        practiseNext = List.copyOf(practiseNext);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    /** How each written answer of one stage was judged, in the order written. */
    public List<AnswerVerdict> verdictsOf(Stage stage) {
        return verdicts.stream().filter(v -> v.stage() == stage).toList();
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
