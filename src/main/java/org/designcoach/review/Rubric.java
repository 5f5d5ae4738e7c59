package org.designcoach.review;

import java.util.List;
import java.util.Map;
import org.designcoach.session.Stage;

/**
 * The rubric mentors score with: four named levels per stage, each described for the interview
 * level the learner practised at (junior to staff), and what each overall recommendation means.
 * Read from {@code content/rubric.json} at start-up by {@link RubricLoader}.
 */
public record Rubric(List<String> levelNames, Map<Stage, Map<String, List<String>>> descriptors,
        Map<Recommendation, Verdict> recommendations) {

    /** The interview level whose descriptors stand in for a level the file does not describe. */
    static final String FALLBACK_LEVEL = "mid";

    public Rubric {
        levelNames = List.copyOf(levelNames);
        descriptors = Map.copyOf(descriptors);
        recommendations = Map.copyOf(recommendations);
    }

    /** The name of rubric level 1–4, such as "Solid". */
    public String levelName(int level) {
        return levelNames.get(level - 1);
    }

    /** What rubric level 1–4 of this stage looks like at this interview level. */
    public String descriptor(Stage stage, String interviewLevel, int level) {
        Map<String, List<String>> byInterviewLevel = descriptors.get(stage);
        List<String> texts = byInterviewLevel.getOrDefault(interviewLevel, byInterviewLevel.get(FALLBACK_LEVEL));
        return texts.get(level - 1);
    }

    public Verdict verdict(Recommendation recommendation) {
        return recommendations.get(recommendation);
    }

    /** A recommendation as people read it: a short label and what it means for the learner. */
    public record Verdict(String label, String explanation) {
    }
}
