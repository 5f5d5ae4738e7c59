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
    void aDeepDiveNeedsTwoComponentsAndIsJudgedOnWhatItSays() {
        DeepDiveAnswer thorough = WrittenAnswers.clicks();
        DeepDiveAnswer placeholder = new DeepDiveAnswer("cache", "redis", List.of("fast"), "none", "ok", "", "");

        SessionScorer.Score one = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(thorough)));
        SessionScorer.Score two = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(thorough, placeholder)));

        assertThat(one.missed()).anySatisfy(line -> assertThat(line).contains("at least two"));
        assertThat(two.missed()).anySatisfy(line -> assertThat(line).startsWith("Deep dive on cache: Nothing to judge"));
        assertThat(two.verdicts()).extracting(AnswerVerdict::score).element(1).isEqualTo(0);
        assertThat(two.value()).isEqualTo(one.value()).isLessThan(100);
    }

    @Test
    void tradeOffsCountDecisionsJudgedOnWhatTheySayAndStandingAnswersInWords() {
        Map<String, String> standing = Map.of("twoX", "The Redis cache runs out of memory first",
                "tenX", "The database writes need a bigger Aurora writer", "databaseDies",
                "Aurora fails over to the standby replica in about 30 seconds", "monthlyCost",
                "About 3,000 USD a month for the cluster", "monitoring", "p99 latency and error rate alert the on-call",
                "deploy", "Rolling deploys behind the load balancer, one pod at a time");
        SessionAnswers thorough = SessionAnswers.empty().withTradeoffs(WrittenAnswers.urlShortenerTradeOffs(), standing);
        SessionAnswers thin = SessionAnswers.empty().withTradeoffs(
                List.of(new TradeOffAnswer("Counter-based codes", "No collisions", "Guessable", "Codes are not secret"),
                        new TradeOffAnswer("Redis cache", "Fast redirects", "Another system", "Reads dominate")),
                Map.of("twoX", "The cache", "tenX", "ok", "databaseDies", "failover", "monthlyCost", "tbd",
                        "monitoring", "n/a", "deploy", "rolling"));

        SessionScorer.Score full = scorer.tradeoffs(thorough, NO_FINDINGS);
        SessionScorer.Score filled = scorer.tradeoffs(thin, NO_FINDINGS);

        assertThat(full.value()).as(full.missed().toString()).isGreaterThanOrEqualTo(90);
        assertThat(filled.value()).as("every box filled, little said").isLessThan(40);
        assertThat(filled.missed()).contains("Not answered in words: " + SessionScorer.standingQuestion("tenX"));
        // A blank stage earns nothing, not even for "naming" the weak points of a design without any.
        assertThat(scorer.tradeoffs(SessionAnswers.empty(), NO_FINDINGS).value()).isZero();
    }

    @Test
    void aWrittenRequirementCoversTheCasesWhenItSharesMostOfItsWords() {
        CaseStudy.Requirement redirect = requirement("redirect");
        assertThat(SessionScorer.covers(List.of("redirect to the original url when a short link is opened"),
                redirect)).isTrue();
        assertThat(SessionScorer.covers(List.of("users can log in"), redirect)).isFalse();
    }

    @Test
    void aRequirementWrittenInOtherWordsOrNumbersCountsAndAPlaceholderLineDoesNot() {
        SessionAnswers written = SessionAnswers.empty().withRequirements(List.of("fast", "tbd"),
                List.of("Keep every link resolvable for 5 years", "Low latency on the hot path"));

        SessionScorer.Score score = scorer.requirements(written);

        AnswerVerdict verdict = score.verdicts().getFirst();
        assertThat(verdict.made()).extracting(AnswerVerdict.Point::text)
                .contains(requirement("durability").text(), requirement("latency").text());
        assertThat(verdict.missed()).extracting(AnswerVerdict.Point::text).contains(requirement("shorten").text());
        assertThat(verdict.reasons()).anySatisfy(reason -> assertThat(reason).contains("\"fast\"", "\"tbd\""));
        assertThat(verdict.made()).allSatisfy(point -> assertThat(point.concept()).isNotBlank());
    }

    private CaseStudy.Requirement requirement(String id) {
        return java.util.stream.Stream.concat(study.requirements().functional().stream(),
                study.requirements().nonFunctional().stream()).filter(r -> r.id().equals(id)).findFirst().orElseThrow();
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
    void aTopicNotDiscussedNeverLeavesTheDeepDiveAtOneHundred() {
        List<DeepDiveAnswer> twoTopics = List.of(WrittenAnswers.codes(), WrittenAnswers.caching());
        List<DeepDiveAnswer> allThree = List.of(WrittenAnswers.codes(), WrittenAnswers.caching(),
                WrittenAnswers.clicks());

        SessionScorer.Score two = scorer.deepDive(SessionAnswers.empty().withDeepDives(twoTopics));
        SessionScorer.Score three = scorer.deepDive(SessionAnswers.empty().withDeepDives(allThree));

        assertThat(two.missed()).contains("Not discussed: counting clicks");
        assertThat(two.value()).isLessThan(100).isGreaterThanOrEqualTo(80);
        assertThat(three.missed()).noneSatisfy(line -> assertThat(line).startsWith("Not discussed"));
        assertThat(three.value()).isGreaterThan(two.value());
    }

    @Test
    void aDeepDiveOffTheCasesTopicsEarnsOnlyItsSpecifics() {
        DeepDiveAnswer offTopic = new DeepDiveAnswer("db", "Choosing which relational database vendor to run",
                List.of("PostgreSQL on managed hosting", "MySQL on our own machines"), "PostgreSQL on managed hosting",
                "The team already knows it well and the managed service patches it for us",
                "A managed instance with automated nightly snapshots kept for 14 days",
                "When the primary fails the managed failover takes about a minute");

        SessionScorer.Score elsewhere = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(offTopic,
                offTopic)));

        assertThat(elsewhere.verdicts()).allSatisfy(v -> assertThat(v.score()).isLessThanOrEqualTo(30));
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
