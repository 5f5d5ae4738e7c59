package org.designcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.designcoach.MutableClock;
import org.designcoach.content.CaseContexts;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentLoaderAccess;
import org.designcoach.design.Design;
import org.designcoach.design.TestDesigns;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Category;
import org.designcoach.rules.Finding;
import org.designcoach.rules.RulesEngine;
import org.designcoach.rules.Severity;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.traffic.TrafficService;
import org.junit.jupiter.api.Test;

/** The simulator's verdict at the peak, scored by the rules engine with the built-in content. */
class LoadCheckTest {

    static final ContentLibrary LIBRARY = ContentLoaderAccess.builtIn(MutableClock.startingAt("2026-12-03T10:00:00Z"));
    static final LoadCheck CHECK = new LoadCheck(model(LIBRARY), LIBRARY.loadJudgement(), LIBRARY.knowledge());
    private static final RulesEngine ENGINE = new RulesEngine(LIBRARY.rules(), LIBRARY.knowledge());

    static SimulationModel model(ContentLibrary library) {
        Map<String, ComponentProfile> profiles = new HashMap<>();
        library.catalog().components().forEach(type -> profiles.put(type.id(), TrafficService.profile(type)));
        return SimulationModel.builder().profiles(profiles).technologies(TrafficService.technologies(library.catalog()))
                .build();
    }

    /** Scored as the scoring service scores: the case's rules, then the load check at the given peak. */
    static Assessment score(String caseId, Design design, double peakQps) {
        CaseStudy study = LIBRARY.caseStudy(caseId).orElseThrow();
        return ENGINE.assess(design, CaseContexts.of(study, Optional.of(peakQps), LIBRARY.catalog()),
                LIBRARY.rulesOf(caseId), CHECK.findings(design, peakQps, TrafficService.readShare(study)));
    }

    static List<Finding> fromTheLoadCheck(Assessment assessment) {
        return assessment.findings().stream().filter(f -> f.ruleId().equals(LoadCheck.OVERLOADED)
                || f.ruleId().equals(LoadCheck.LOADED) || f.ruleId().equals(LoadCheck.OVERSPEND)).toList();
    }

    @Test
    void theSameDesignAt20And200000RequestsASecondGetsDifferentFindingsAndScores() {
        Design design = TestDesigns.design(TestDesigns.WEB_SYSTEM, TestDesigns.WEB_ARROWS);

        Assessment quiet = score("url-shortener", design, 20);
        Assessment busy = score("url-shortener", design, 200_000);

        assertThat(fromTheLoadCheck(quiet)).isEmpty();
        assertThat(fromTheLoadCheck(busy)).extracting(Finding::ruleId).contains(LoadCheck.OVERLOADED);
        assertThat(fromTheLoadCheck(busy)).filteredOn(f -> f.ruleId().equals(LoadCheck.OVERLOADED))
                .flatExtracting(Finding::components).contains("api")
                // A CDN is a provider's fleet of edges: drawn without instances, it is not judged as one machine.
                .doesNotContain("cdn");
        assertThat(busy.scores().get(Category.SCALABILITY)).isLessThan(quiet.scores().get(Category.SCALABILITY));
        assertThat(busy.overall()).isLessThan(quiet.overall());
    }

    @Test
    void notificationWorkersBeyondTheirCapacityAreNamedWithTheirNumbersAndAreAnErrorOnlyFarBeyondIt() {
        CaseStudy study = LIBRARY.caseStudy("notification-system").orElseThrow();
        // The guided design of the issue: the reference's shape, with too few push workers for 17k writes/s.
        Design design = TestDesigns.withInstances(study.architecture(), "push-w", 39);

        Assessment assessment = score("notification-system", design, 100_000);

        Finding workers = overloadOf("push-w", assessment);
        // Behind their queue, workers at about twice their capacity make pushes late, not requests fail: a warning.
        assertThat(workers.severity()).isEqualTo(Severity.WARNING);
        assertThat(workers.category()).isEqualTo(Category.SCALABILITY);
        assertThat(workers.title()).contains("17,000 writes/s against a capacity of 7,800");
        assertThat(workers.explanation()).contains("218 %").contains("39 instances").doesNotContain("{");
        assertThat(assessment.scores().get(Category.SCALABILITY)).isLessThanOrEqualTo(100 - workers.points());

        Finding farTooFew = overloadOf("push-w", score("notification-system",
                TestDesigns.withInstances(study.architecture(), "push-w", 4), 100_000));
        assertThat(farTooFew.severity()).as("a backlog that never drains").isEqualTo(Severity.ERROR);
        assertThat(farTooFew.title()).contains("17,000 writes/s against a capacity of 800");
    }

    @Test
    void aServerCalledSynchronouslyAtTwiceItsCapacityIsAnErrorWhereAQueueConsumerIsAWarning() {
        Design design = TestDesigns.design(List.of("c=web-client", "lb=load-balancer x4", "api=app-server x40",
                "db=sql-database multiAz replicas=1", "q=message-queue x4", "w=worker x4", "slow=app-server x4"),
                "c>lb", "lb>api", "api>db", "api~>q", "q~>w", "api>slow");

        // 10,000 requests/s, 17 % of them writes: the slow server is offered 10,000 against 4,000, the workers
        // 1,700 against 800
        Assessment assessment = score("notification-system", design, 10_000);

        assertThat(overloadOf("slow", assessment).severity()).isEqualTo(Severity.ERROR);
        assertThat(overloadOf("w", assessment).severity()).isEqualTo(Severity.WARNING);
    }

    private static Finding overloadOf(String componentId, Assessment assessment) {
        return assessment.findings().stream()
                .filter(f -> f.ruleId().equals(LoadCheck.OVERLOADED) && f.components().equals(List.of(componentId)))
                .findFirst().orElseThrow(() -> new AssertionError("no overload finding for " + componentId + " in "
                        + assessment.findings()));
    }

    @Test
    void theLoadChecksFigureForTheWorkersIsTheOneASimulatorRunShows() {
        CaseStudy study = LIBRARY.caseStudy("notification-system").orElseThrow();
        Design design = TestDesigns.withInstances(study.architecture(), "push-w", 39);

        var run = model(LIBRARY).run(design, Scenario.steady(60, 100_000, TrafficService.readShare(study))
                .withoutNoise());

        assertThat(run.summary().stations()).filteredOn(s -> s.componentId().equals("push-w")).singleElement()
                .satisfies(workers -> assertThat(workers.meanUtilisation()).isCloseTo(17_000.0 / 7_800, within(1e-6)));
    }

    @Test
    void aManagedServiceDrawnWithoutInstancesIsLeftToItsProviderUntilTheLearnerSizesIt() {
        List<String> arrows = List.of("c>lb", "lb>api", "api~>q", "q>w");
        Design managed = TestDesigns.design(List.of("c=web-client", "lb=load-balancer x4", "api=app-server x40",
                "q=message-queue tech=Amazon_SQS", "w=worker x400"), arrows.toArray(String[]::new));
        Design sized = TestDesigns.design(List.of("c=web-client", "lb=load-balancer x4", "api=app-server x40",
                "q=message-queue tech=Amazon_SQS x1", "w=worker x400"), arrows.toArray(String[]::new));
        Design selfRun = TestDesigns.design(List.of("c=web-client", "lb=load-balancer x4", "api=app-server x40",
                "q=message-queue tech=RabbitMQ", "w=worker x400"), arrows.toArray(String[]::new));

        assertThat(overloaded(CHECK.findings(managed, 50_000, 0))).doesNotContain("q");
        assertThat(overloaded(CHECK.findings(sized, 50_000, 0))).contains("q");
        assertThat(overloaded(CHECK.findings(selfRun, 50_000, 0))).contains("q");
    }

    @Test
    void anOverloadCostsMoreTheFurtherTheLoadIsBeyondTheCapacity() {
        Design design = TestDesigns.design(List.of("c=web-client", "lb=load-balancer x4", "api=app-server x2",
                "db=sql-database multiAz x8"), "c>lb", "lb>api", "api>db");

        Finding slightlyShort = overloadOf("api", CHECK.findings(design, 2_200, 0.9));
        Finding fourTimes = overloadOf("api", CHECK.findings(design, 8_000, 0.9));
        Finding fiftyTimes = overloadOf("api", CHECK.findings(design, 100_000, 0.9));

        assertThat(slightlyShort.severity()).isEqualTo(Severity.WARNING);
        assertThat(slightlyShort.points()).isEqualTo(2);
        assertThat(fourTimes.severity()).isEqualTo(Severity.ERROR);
        assertThat(fourTimes.points()).isEqualTo(30);
        assertThat(fiftyTimes.points()).as("capped").isEqualTo(45);
    }

    private static Finding overloadOf(String component, List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(LoadCheck.OVERLOADED)
                && f.components().equals(List.of(component))).findFirst()
                .orElseThrow(() -> new AssertionError("no overload of " + component + " in " + findings));
    }

    private static List<String> overloaded(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(LoadCheck.OVERLOADED))
                .flatMap(f -> f.components().stream()).toList();
    }

    @Test
    void aComponentBetween70And100PercentIsAWarningWithItsUtilisation() {
        Design design = TestDesigns.design(List.of("c=web-client", "lb=load-balancer", "api=app-server x2",
                "db=sql-database multiAz"), "c>lb", "lb>api", "api>db");

        List<Finding> findings = CHECK.findings(design, 1_700, 0.9);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(LoadCheck.LOADED);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.components()).containsExactly("api");
            assertThat(finding.title()).contains("api");
            assertThat(finding.explanation()).contains("api: 1,700 requests/s against a capacity of 2,000 (85 %)");
        });
    }

    @Test
    void anOverProvisionedDesignAt20RequestsASecondGetsTheCostFinding() {
        Design design = TestDesigns.design(List.of("c=web-client", "lb=load-balancer", "api=app-server x60",
                "cache=cache x6", "db=sql-database x4"), "c>lb", "lb>api", "api>cache", "api>db");

        Assessment assessment = score("simple-web-platform", design, 20);

        Finding cost = fromTheLoadCheck(assessment).stream().filter(f -> f.ruleId().equals(LoadCheck.OVERSPEND))
                .findFirst().orElseThrow(() -> new AssertionError("no cost finding in " + assessment.findings()));
        assertThat(cost.category()).isEqualTo(Category.COST);
        assertThat(cost.components()).containsExactlyInAnyOrder("api", "cache", "db");
        assertThat(cost.title()).contains("$27,210 a month where about $7,760 would do");
        assertThat(cost.explanation()).contains("20 requests/s", "lb, works at 0.04 %").doesNotContain("{");
        assertThat(assessment.scores().get(Category.COST)).isLessThanOrEqualTo(100 - cost.points());
    }

    @Test
    void aDesignAdequateForItsLoadGetsNeitherAnOverloadNorACostFinding() {
        Design design = TestDesigns.design(TestDesigns.WEB_SYSTEM, TestDesigns.WEB_ARROWS);

        assertThat(fromTheLoadCheck(score("url-shortener", design, 2_000))).isEmpty();
        assertThat(fromTheLoadCheck(score("url-shortener", design, 20))).isEmpty();
    }

    @Test
    void componentsWithLittleHeadroomMakeOneWarningThatNamesEachWithItsNumbers() {
        CaseStudy study = LIBRARY.caseStudy("notification-system").orElseThrow();

        List<Finding> findings = CHECK.findings(study.architecture(), 100_000, TrafficService.readShare(study));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(LoadCheck.LOADED);
            assertThat(finding.components()).contains("push-w", "email-w", "sms-w");
            assertThat(finding.explanation()).contains("push-worker: 17,000 writes/s against a capacity of 20,000 (85 %)");
        });
    }

    @Test
    void everyReferenceArchitectureCarriesItsCasesPeakAndStillScoresAtLeast85WithoutErrors() {
        var softly = new SoftAssertions();
        for (CaseStudy study : LIBRARY.cases().values()) {
            double peak = CaseContexts.of(study, Optional.empty()).peakQps();
            List<Finding> findings = CHECK.findings(study.architecture(), peak, TrafficService.readShare(study));
            softly.assertThat(findings).as(study.id()).extracting(Finding::ruleId)
                    .doesNotContain(LoadCheck.OVERLOADED, LoadCheck.OVERSPEND);
            Assessment scored = score(study.id(), study.architecture(), peak);
            softly.assertThat(scored.hasErrors()).as(study.id() + " errors").isFalse();
            softly.assertThat(scored.overall()).as(study.id() + " overall").isGreaterThanOrEqualTo(85);
        }
        softly.assertAll();
    }
}
