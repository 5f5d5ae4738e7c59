package org.designcoach.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.designcoach.content.CaseStudy;

/**
 * Which case question a typed question asks: one whose keyword phrase it contains, or failing that
 * the one whose wording it covers best, if it covers at least half of it.
 */
final class QuestionMatching {

    static final double MIN_COVERAGE = 0.5;

    private QuestionMatching() {
    }

    static Optional<CaseStudy.Question> match(String typed, List<CaseStudy.Question> questions) {
        Optional<CaseStudy.Question> byKeyword = questions.stream()
                .filter(q -> TextMatcher.containsAnyPhrase(typed, q.keywords())).findFirst();
        if (byKeyword.isPresent()) {
            return byKeyword;
        }
        return questions.stream()
                .max(Comparator.comparingDouble(q -> TextMatcher.coverage(typed, q.question())))
                .filter(q -> TextMatcher.coverage(typed, q.question()) >= MIN_COVERAGE);
    }
}
