package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designcoach.content.CaseStudy;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerJudgeTest {

    private final CaseStudy study = SessionFixtures.urlShortener();
    private final SessionScorer scorer = new SessionScorer(study, SessionFixtures.LIBRARY);

    private AnswerVerdict judged(DeepDiveAnswer dive) {
        return scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(dive))).verdicts().getFirst();
    }

    @Test
    void aPlaceholderDeepDiveScoresNothingAndSaysWhy() {
        AnswerVerdict verdict = judged(new DeepDiveAnswer("cache", "redis", List.of("fast"), "none", "ok", "", ""));

        assertThat(verdict.score()).isZero();
        assertThat(verdict.made()).isEmpty();
        assertThat(verdict.reasons()).singleElement().asString().startsWith("Nothing to judge")
                .contains("\"redis\"", "\"fast\"", "\"none\"", "\"ok\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "none", "n/a", "tbd", "TODO", "-", "?", "yes"})
    void aPlaceholderInEveryFieldScoresNothing(String placeholder) {
        AnswerVerdict verdict = judged(new DeepDiveAnswer("cache", placeholder, List.of(placeholder, placeholder),
                placeholder, placeholder, placeholder, placeholder));

        assertThat(verdict.score()).isZero();
        assertThat(verdict.reasons()).singleElement().asString().startsWith("Nothing to judge");
    }

    @Test
    void aThoroughDeepDiveScoresHighAndNamesEveryKeyPointItMade() {
        AnswerVerdict verdict = judged(WrittenAnswers.clicks());

        assertThat(verdict.topic()).isEqualTo("Counting clicks");
        assertThat(verdict.score()).as(verdict.reasons().toString()).isGreaterThanOrEqualTo(80);
        assertThat(verdict.made()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(point -> assertThat(point.concept()).isNotBlank());
    }

    @Test
    void aThinDeepDiveScoresBetweenAPlaceholderAndAThoroughOne() {
        AnswerVerdict thin = judged(new DeepDiveAnswer("clicks", "Counting the clicks on each link",
                List.of(), "We send each click to a queue", "", "", ""));
        AnswerVerdict thorough = judged(WrittenAnswers.clicks());

        assertThat(thin.score()).isPositive().isLessThan(thorough.score() / 2);
        assertThat(thin.missed()).isNotEmpty();
        assertThat(thin.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Short:"))
                .anySatisfy(reason -> assertThat(reason).startsWith("No technology named"))
                .anySatisfy(reason -> assertThat(reason).startsWith("No failure case"));
    }

    @Test
    void theSameAnswerWithNumbersInWordsOrDigitsScoresTheSame() {
        DeepDiveAnswer digits = new DeepDiveAnswer("cache", "Redirects must answer within 100 ms for 5 years of links",
                List.of("Redis cache-aside", "Read replicas"), "Redis cache-aside with a 24 hour TTL",
                "A 99 % hit ratio keeps the database quiet", "Key is the code and the value is the URL",
                "A flush sends 2x the reads to the database");
        DeepDiveAnswer words = new DeepDiveAnswer("cache",
                "Redirects must answer within one hundred ms for five years of links",
                List.of("Redis cache-aside", "Read replicas"), "Redis cache-aside with a twenty-four hour TTL",
                "A ninety-nine % hit ratio keeps the database quiet", "Key is the code and the value is the URL",
                "A flush sends twice the reads to the database");

        assertThat(judged(words).made()).isEqualTo(judged(digits).made());
        assertThat(judged(words).score()).isGreaterThan(50);
    }

    @Test
    void theClosestTopicIsTheOneWhoseKeyPointsTheAnswerMakes() {
        assertThat(judged(WrittenAnswers.codes()).topic()).isEqualTo("Generating short codes");
        assertThat(judged(WrittenAnswers.caching()).topic()).isEqualTo("Caching redirects");
    }
}
