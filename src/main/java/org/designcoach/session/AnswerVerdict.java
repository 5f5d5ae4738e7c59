package org.designcoach.session;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one written answer was judged: the topic of the case it was read against, its score, the
 * key points it made and missed (each with the concept that explains it), and why it scored as it
 * did. Everything in it is shown as text, never as HTML.
 */
public record AnswerVerdict(Stage stage, String answer, @Nullable String topic, int score, List<String> reasons,
        List<Point> made, List<Point> missed) {

    public AnswerVerdict {
        reasons = List.copyOf(reasons);
        made = List.copyOf(made);
        missed = List.copyOf(missed);
    }

    /** A key point in the case's words, and the id and title of the concept page that explains it. */
    public record Point(String text, String concept, String conceptTitle) {
    }
}
