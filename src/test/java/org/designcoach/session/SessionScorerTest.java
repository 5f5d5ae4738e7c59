package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.designcoach.content.CaseStudy;
import java.time.Instant;
import org.designcoach.content.Mistake;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Category;
import org.designcoach.rules.Finding;
import org.designcoach.rules.Severity;
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
        // A blank stage earns nothing, not even for "naming" the weak points of a design without any.
        assertThat(scorer.tradeoffs(SessionAnswers.empty(), new Assessment(List.of(), Map.of(), 100)).value())
                .isZero();
    }

    @Test
    void aWrittenRequirementCoversTheCasesWhenItSharesMostOfItsWords() {
        assertThat(SessionScorer.covers(List.of("redirect to the original url when a short link is opened"),
                "Opening a short link redirects to the original URL.")).isTrue();
        assertThat(SessionScorer.covers(List.of("users can log in"),
                "Opening a short link redirects to the original URL.")).isFalse();
    }

    private static final Assessment NO_FINDINGS = new Assessment(List.of(), Map.of(), 100);

    private static Finding finding(String ruleId, String title, Severity severity, String... components) {
        return new Finding(ruleId, title, severity, Category.RELIABILITY, 10, "Why it matters.", "availability",
                List.of(components));
    }

    private static Assessment assessment(int overall, Finding... findings) {
        return new Assessment(List.of(findings), Map.of(), overall);
    }

    private static Design design(DesignComponent... components) {
        return new Design(Design.CURRENT_VERSION, List.of(components), List.of(), List.of());
    }

    private static DesignComponent component(String id, String type) {
        return new DesignComponent(id, type, null, null, null, null, null, null, null, null, null);
    }

    private List<String> mistakeIds(SessionAnswers answers, Assessment design) {
        return scorer.mistakes(answers, design, 50).stream().map(Mistake::id).toList();
    }

    @Test
    void drawingBeforeAskingIsAMistakeEvenWhenTheQuestionsComeLater() {
        List<String> keys = SessionFixtures.keyQuestionIds(study);
        Instant drawn = Instant.parse("2026-11-25T10:01:00Z");
        SessionAnswers drewFirst = SessionAnswers.empty().withDesign(design(component("api", "app-server")))
                .withDesignStartFrom(SessionAnswers.empty(), drawn).withQuestions(keys, List.of());
        SessionAnswers askedFirst = SessionAnswers.empty().withQuestions(keys, List.of())
                .withDesign(design(component("api", "app-server")))
                .withDesignStartFrom(SessionAnswers.empty().withQuestions(keys, List.of()), drawn);

        assertThat(drewFirst.askedQuestions()).hasSizeGreaterThan(2);
        assertThat(mistakeIds(drewFirst, NO_FINDINGS)).contains("no-questions");
        assertThat(mistakeIds(askedFirst, NO_FINDINGS)).doesNotContain("no-questions");
        assertThat(mistakeIds(SessionAnswers.empty().withQuestions(keys.subList(0, 1), List.of()), NO_FINDINGS))
                .contains("no-questions");
    }

    @Test
    void theDesignStartIsKeptOnceRecordedWhateverAPageSends() {
        Instant first = Instant.parse("2026-11-25T10:01:00Z");
        SessionAnswers stored = SessionAnswers.empty().withDesign(design(component("api", "app-server")))
                .withDesignStartFrom(SessionAnswers.empty(), first);
        SessionAnswers later = SessionAnswers.empty().withQuestions(List.of("a", "b", "c"), List.of())
                .withDesign(design(component("api", "app-server"), component("db", "sql-database")))
                .withDesignStartFrom(stored, first.plusSeconds(600));

        assertThat(later.designStarted()).isEqualTo(new SessionAnswers.DesignStart(first, 0));
        assertThat(SessionAnswers.empty().withDesign(design()).withDesignStartFrom(SessionAnswers.empty(), first)
                .designStarted()).as("an empty canvas is not a start").isNull();
    }

    @Test
    void theDesignScoreIsTheRulesEnginesAndNamesItsErrors() {
        Assessment judged = assessment(62, finding("database-without-failover", "The database has no failover",
                Severity.ERROR, "db"), finding("no-metrics", "Nothing collects metrics", Severity.WARNING));
        SessionAnswers drawn = SessionAnswers.empty().withDesign(design(component("db", "sql-database")));

        SessionReport.StageResult score = scorer.report(drawn, clock(), judged, 0, List.of(), Instant.EPOCH)
                .stages().get(Stage.DESIGN);

        assertThat(score.score()).isEqualTo(62);
        assertThat(score.missed()).containsExactly("The database has no failover");
    }

    @Test
    void anUndrawnDesignScoresNothingWhateverTheEngineSays() {
        SessionReport report = scorer.report(SessionAnswers.empty(), clock(), assessment(80), 0, List.of(),
                Instant.EPOCH);

        assertThat(report.stages().get(Stage.DESIGN).score()).isZero();
    }

    @Test
    void tradeOffsEarnTheirLastFifthByNamingTheDesignsWeakPoints() {
        Assessment weak = assessment(60, finding("database-without-failover", "The database has no failover",
                Severity.ERROR, "db"), finding("no-metrics", "Nothing collects metrics", Severity.WARNING),
                finding("uses-cache", "A cache takes the reads", Severity.STRENGTH, "cache"));
        SessionAnswers design = SessionAnswers.empty().withDesign(design(component("db", "sql-database")));
        SessionAnswers namesOne = design.withTradeoffs(List.of(), Map.of("databaseDies",
                "The SQL database is a single node, so we lose writes until it is restored"));
        SessionAnswers namesBoth = design.withTradeoffs(List.of(), Map.of("databaseDies",
                "The SQL database is a single node", "monitoring", "Nothing collects metrics yet; add them first"));

        SessionScorer.Score none = scorer.tradeoffs(design, weak);
        SessionScorer.Score one = scorer.tradeoffs(namesOne, weak);
        SessionScorer.Score both = scorer.tradeoffs(namesBoth, weak);

        assertThat(none.missed()).contains("Weak point not named: The database has no failover",
                "Weak point not named: Nothing collects metrics")
                .noneSatisfy(line -> assertThat(line).contains("A cache takes the reads"));
        assertThat(one.missed()).doesNotContain("Weak point not named: The database has no failover")
                .contains("Weak point not named: Nothing collects metrics");
        assertThat(both.missed()).noneSatisfy(line -> assertThat(line).startsWith("Weak point not named"));
        // Weak points are worth 20: none named 0, one of two 10, both 20 (plus the standing answers given).
        assertThat(none.value()).isZero();
        assertThat(one.value()).isEqualTo(10 + (int) Math.round(40.0 / 6));
        assertThat(both.value()).isEqualTo(20 + (int) Math.round(40.0 * 2 / 6));
    }

    @Test
    void aDeepDiveOnTheCasesTopicsEarnsTheTopicShareAndNamesTheOthers() {
        DeepDiveAnswer codes = new DeepDiveAnswer("api", "Generating short codes that never collide",
                List.of("Hash the URL", "A counter in base62"), "Counter ranges", "No coordination", "Leased blocks",
                "A dead server wastes its block");
        DeepDiveAnswer caching = new DeepDiveAnswer("cache", "Caching redirects for the hot links",
                List.of("Redis", "In-process"), "Redis", "Shared by all servers", "Cache-aside with a TTL",
                "A cold cache after a restart");
        DeepDiveAnswer offTopic = new DeepDiveAnswer("db", "Choosing a database vendor",
                List.of("PostgreSQL", "MySQL"), "PostgreSQL", "Team knows it", "Managed service",
                "Failover takes a minute");

        SessionScorer.Score onTopic = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(codes, caching)));
        SessionScorer.Score elsewhere = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(offTopic,
                offTopic)));

        assertThat(onTopic.value()).isEqualTo(100);
        assertThat(onTopic.missed()).containsExactly("Not discussed: counting clicks");
        assertThat(elsewhere.value()).isEqualTo(70);
        assertThat(elsewhere.missed()).contains("Not discussed: generating short codes",
                "Not discussed: caching redirects", "Not discussed: counting clicks");
    }

    @Test
    void theRulesEnginesFindingsShowAsTheCommonMistakes() {
        SessionAnswers careful = SessionAnswers.empty().withTradeoffs(List.of(), Map.of("monthlyCost", "About 900 USD"));

        assertThat(mistakeIds(careful, assessment(40, finding("sharding-at-low-scale", "Sharding at 40 writes",
                Severity.WARNING)))).contains("over-engineering");
        assertThat(mistakeIds(careful, assessment(40, finding("single-cache-node", "One cache node",
                Severity.WARNING)))).contains("stateful-without-ha");
        assertThat(mistakeIds(careful, assessment(40, finding("vague-component", "A box called service",
                Severity.WARNING)))).contains("vague-components");
        assertThat(mistakeIds(careful, assessment(40, finding("no-logs-or-traces", "No logs",
                Severity.WARNING)))).contains("no-observability");
        assertThat(mistakeIds(careful, NO_FINDINGS)).doesNotContain("over-engineering", "stateful-without-ha",
                "vague-components", "no-observability", "no-cost");
        assertThat(mistakeIds(SessionAnswers.empty(), NO_FINDINGS)).contains("no-cost");
    }

    private static StageClock clock() {
        java.util.Map<Stage, java.time.Duration> budgets = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            budgets.put(stage, java.time.Duration.ofMinutes(stage.defaultMinutes()));
        }
        return StageClock.start(budgets, Instant.EPOCH);
    }
}
