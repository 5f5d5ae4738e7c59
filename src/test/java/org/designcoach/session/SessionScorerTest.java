package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.designcoach.content.CaseStudy;
import org.designcoach.rules.Assessment;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;
import org.junit.jupiter.api.Test;

class SessionScorerTest {

    private final CaseStudy study = SessionFixtures.urlShortener();
    private final SessionScorer scorer = new SessionScorer(study, SessionFixtures.LIBRARY);

    @Test
    void requirementsScoreTheKeyQuestionsAskedAndTheKeyRequirementsWritten() {
        SessionAnswers nothing = SessionAnswers.empty();
        SessionAnswers thorough = nothing.withQuestions(SessionFixtures.keyQuestionIds(study), List.of())
                .withRequirements(List.of("A user submits a long URL and gets back a short link",
                        "Opening the short link redirects to the original URL",
                        "Owners see click counts per link with geography"),
                        List.of("Redirects within 100 ms at p99", "Redirects available 99.9 % of the time",
                                "Links keep working for five years"));

        assertThat(scorer.requirements(nothing).value()).isZero();
        assertThat(scorer.requirements(nothing).missed()).anySatisfy(line -> assertThat(line).startsWith("Not asked"));
        SessionScorer.Score full = scorer.requirements(thorough);
        assertThat(full.value()).as(full.missed().toString()).isEqualTo(100);
    }

    @Test
    void halfTheQuestionsAndNoRequirementsScoreAQuarter() {
        List<String> keys = SessionFixtures.keyQuestionIds(study);
        SessionAnswers half = SessionAnswers.empty().withQuestions(keys.subList(0, keys.size() / 2), List.of());

        int expected = (int) Math.round(50.0 * (keys.size() / 2) / keys.size());
        assertThat(scorer.requirements(half).value()).isEqualTo(expected);
    }

    @Test
    void aDeepDiveNeedsTwoComponentsWithAllFivePoints() {
        DeepDiveAnswer complete = new DeepDiveAnswer("codes", "Generating unique short codes without collisions",
                List.of("Hash the URL", "A counter in base62"), "Counter ranges per server", "No coordination per request",
                "Each server leases a block of a million ids", "A server that dies wastes its block");
        DeepDiveAnswer thin = new DeepDiveAnswer("cache", "Caching redirects", List.of("Redis"), "", "", "", "");

        SessionScorer.Score one = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(complete)));
        SessionScorer.Score two = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(complete, thin)));

        assertThat(one.missed()).anySatisfy(line -> assertThat(line).contains("at least two"));
        assertThat(two.missed()).anySatisfy(line -> assertThat(line).contains("cache: two options missing"));
        assertThat(two.value()).isGreaterThan(one.value()).isLessThan(100);
    }

    @Test
    void tradeOffsCountDecisionsStandingAnswersAndNamedWeakPoints() {
        SessionAnswers answers = SessionAnswers.empty().withTradeoffs(
                List.of(new TradeOffAnswer("Counter-based codes", "No collisions", "Guessable", "Codes are not secret"),
                        new TradeOffAnswer("Redis cache", "Fast redirects", "Another system", "Reads dominate")),
                Map.of("twoX", "The cache", "tenX", "The database writes", "databaseDies", "Failover to the standby",
                        "monthlyCost", "About 3,000 USD", "monitoring", "p99 latency and error rate",
                        "deploy", "Rolling deploys behind the load balancer"));

        SessionScorer.Score score = scorer.tradeoffs(answers, new Assessment(List.of(), Map.of(), 100));

        assertThat(score.value()).isEqualTo(100);
        assertThat(scorer.tradeoffs(SessionAnswers.empty(), new Assessment(List.of(), Map.of(), 100)).value())
                .isEqualTo(20);
    }

    @Test
    void aWrittenRequirementCoversTheCasesWhenItSharesMostOfItsWords() {
        assertThat(SessionScorer.covers(List.of("redirect to the original url when a short link is opened"),
                "Opening a short link redirects to the original URL.")).isTrue();
        assertThat(SessionScorer.covers(List.of("users can log in"),
                "Opening a short link redirects to the original URL.")).isFalse();
    }
}
