package org.designcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.designcoach.MutableClock;
import org.designcoach.content.ScoringFixtures;
import org.designcoach.design.Design;
import org.designcoach.design.TestDesigns;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's done-when lines on the production scoring path: a design drawn differently from the case's
 * reference but meeting its key requirements is strong, and taking away one thing that matters (the
 * database's standby, the cache under a read-heavy peak) costs a visible amount that the findings and the
 * score's one-line sum explain.
 */
class ScoreSubstanceTest {

    private static final String CASE = "url-shortener";
    private static final ScoringService SCORING = new ScoringService(
            ScoringFixtures.builtInContentService(MutableClock.startingAt("2026-12-03T10:00:00Z")));

    /**
     * A URL shortener unlike the reference: no CDN, an API gateway in front, MySQL instead of Aurora, clicks
     * counted through a queue instead of a stream into a warehouse.
     */
    private static final List<String> DIFFERENT_FORM = List.of("c=web-client notech",
            "gw=api-gateway tech=Kong +rateLimit +authentication", "lb=load-balancer tech=AWS_NLB",
            "api=app-server x6 tech=Go_on_ECS", "cache=cache multiAz tech=Redis_cluster",
            "db=sql-database multiAz replicas=1 tech=MySQL", "q=message-queue tech=Amazon_SQS",
            "w=worker x2 tech=Click_counters", "m=metrics tech=Prometheus", "a=alerting tech=Alertmanager",
            "l=logging tech=Loki");
    private static final String[] ARROWS = {"c>gw", "gw>lb", "lb>api", "api>cache", "api>db", "api~>q", "q~>w",
            "w>db", "api~>m", "m~>a", "api~>l"};

    @Test
    void aDesignDrawnDifferentlyFromTheReferenceThatMeetsTheKeyRequirementsIsStrong() {
        Assessment assessment = score(TestDesigns.design(DIFFERENT_FORM, ARROWS));

        assertThat(assessment.overall()).as(describe(assessment)).isGreaterThanOrEqualTo(75);
        assertThat(assessment.breakdown().requirementsMet()).isEqualTo(assessment.breakdown().requirementsTotal());
    }

    @Test
    void theSameDesignWithASingleInstanceDatabaseDropsByAnAmountItsFindingsExplain() {
        Assessment sound = score(TestDesigns.design(DIFFERENT_FORM, ARROWS));
        Assessment single = score(TestDesigns.design(replace(DIFFERENT_FORM, "db=", "db=sql-database tech=MySQL"),
                ARROWS));

        assertThat(sound.overall() - single.overall()).as(describe(single)).isGreaterThanOrEqualTo(20);
        assertThat(rules(single)).contains("database-without-failover");
        assertThat(single.findings()).filteredOn(finding -> finding.ruleId().equals("database-without-failover"))
                .singleElement().satisfies(finding -> assertThat(finding.components()).containsExactly("db"));
        assertThat(single.breakdown().explanation()).startsWith("Score " + single.overall() + " = ");
    }

    @Test
    void theSameDesignWithoutItsCacheAtAReadHeavyPeakDropsByAnAmountItsFindingsExplain() {
        Assessment sound = score(TestDesigns.design(DIFFERENT_FORM, ARROWS));
        List<String> withoutCache = DIFFERENT_FORM.stream().filter(spec -> !spec.startsWith("cache=")).toList();
        String[] arrows = Arrays.stream(ARROWS).filter(arrow -> !arrow.contains("cache")).toArray(String[]::new);
        Assessment uncached = score(TestDesigns.design(withoutCache, arrows));

        assertThat(sound.overall() - uncached.overall()).as(describe(uncached)).isGreaterThanOrEqualTo(20);
        assertThat(rules(uncached)).contains("read-heavy-without-cache", "missing-required-capability");
        assertThat(uncached.breakdown().explanation())
                .contains(uncached.breakdown().requirementsMet() + " of " + uncached.breakdown().requirementsTotal());
    }

    private static Assessment score(Design design) {
        return SCORING.score(CASE, design, Optional.empty());
    }

    private static List<String> replace(List<String> specs, String prefix, String replacement) {
        return specs.stream().map(spec -> spec.startsWith(prefix) ? replacement : spec).toList();
    }

    private static List<String> rules(Assessment assessment) {
        return assessment.findings().stream().map(Finding::ruleId).toList();
    }

    private static String describe(Assessment assessment) {
        return assessment.breakdown().explanation() + ": " + assessment.findings().stream()
                .map(finding -> finding.ruleId() + " " + finding.points()).toList();
    }
}
