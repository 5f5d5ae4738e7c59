package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.designcoach.MutableClock;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ComponentType;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentLoaderAccess;
import org.designcoach.content.ContentService;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.Tick;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class TrafficServiceTest {

    private static final ContentLibrary LIBRARY = ContentLoaderAccess.builtIn(MutableClock.startingAt("2026-11-25T10:00:00Z"));

    @Autowired
    private TrafficService traffic;

    @Autowired
    private ContentService content;

    @Test
    void everyReferenceArchitectureCarriesItsCasesOwnPeakWithoutAnOverloadedComponent() {
        var softly = new org.assertj.core.api.SoftAssertions();
        for (CaseStudy study : LIBRARY.cases().values()) {
            SimulationRun run;
            try {
                run = traffic.run(Optional.of(study.id()), study.architecture(),
                        new TrafficRequest(null, 60, ScenarioKind.STEADY, null));
            } catch (SimulationException refused) {
                softly.fail(study.id() + " cannot be simulated: " + refused.getMessage());
                continue;
            }

            softly.assertThat(run.summary().errorRate()).as(study.id() + " errors").isZero();
            run.summary().stations().forEach(station -> softly.assertThat(station.peakUtilisation())
                    .as(study.id() + ": " + station.name()).isLessThan(1.0));
        }
        softly.assertAll();
    }

    @Test
    void aRunOfTheIotCaseGivesClientsThatStateNoShareTheCasesShareForTheirType() {
        var design = org.designcoach.design.TestDesigns.design(List.of("devices=iot-device", "ops=web-client",
                "ingest=app-server x500", "dash=app-server x2"), "devices>ingest", "ops>dash");
        var request = new TrafficRequest(400_000.0, 5, ScenarioKind.STEADY, null, null, null, false);

        Tick inTheCase = traffic.run(Optional.of("iot-data-platform"), design, request).ticks().getLast();
        Tick withoutACase = traffic.run(Optional.empty(), design, request).ticks().getLast();

        // The case: the devices send 99.9 % of the peak, the operators the rest.
        assertThat(inTheCase.flow().get("ops->dash")).isCloseTo(400, within(1e-6));
        assertThat(inTheCase.flow().get("devices->ingest")).isCloseTo(399_600, within(1e-6));
        assertThat(withoutACase.flow().get("ops->dash")).isCloseTo(200_000, within(1e-6));
    }

    @Test
    void everyCatalogTypeBecomesAProfileWithTheCatalogsFigures() {
        for (ComponentType type : LIBRARY.catalog().components()) {
            ComponentProfile profile = TrafficService.profile(type);

            assertThat(profile.capacityPerInstance()).as(type.id()).isPositive();
            assertThat(profile.availability()).as(type.id()).isBetween(0.0, 1.0);
            assertThat(profile.monthlyCostPerInstance()).as(type.id()).isNotNegative();
        }
    }

    @Test
    void theReferenceDesignCarriesItsCasesPeakWithoutErrors() {
        CaseStudy study = content.caseStudy("url-shortener").orElseThrow();

        SimulationRun run = traffic.run(Optional.of(study.id()), study.architecture(),
                new TrafficRequest(null, 60, ScenarioKind.STEADY, null));

        assertThat(run.summary().errorRate()).isLessThan(0.01);
        assertThat(run.summary().meanThroughputRps()).isGreaterThan(1000);
        assertThat(run.summary().busiest()).isNotNull();
        assertThat(run.summary().monthlyCost()).isPositive();
    }

    @Test
    void whenTheDatabaseFailsTheErrorRateRisesAndTheDatabaseIsNamed() {
        CaseStudy study = content.caseStudy("url-shortener").orElseThrow();
        String database = study.architecture().components().stream()
                .filter(c -> c.type().equals("sql-database")).findFirst().orElseThrow().id();

        SimulationRun run = traffic.run(Optional.of(study.id()), study.architecture(),
                new TrafficRequest(null, 60, ScenarioKind.FAILURE, database));

        Tick before = run.ticks().get(5);
        Tick after = run.ticks().get(50);
        assertThat(before.errorRate()).isLessThan(0.01);
        assertThat(after.errorRate()).isGreaterThan(0.05);
        assertThat(after.down()).contains(database);
        assertThat(run.summary().bottleneck().componentId()).isEqualTo(database);
    }

    @Test
    void aFailureWithoutAComponentIsRefusedWithTheReason() {
        CaseStudy study = content.caseStudy("url-shortener").orElseThrow();

        assertThatThrownBy(() -> traffic.run(Optional.of(study.id()), study.architecture(),
                new TrafficRequest(null, 60, ScenarioKind.FAILURE, null)))
                .isInstanceOf(SimulationException.class).hasMessageContaining("Pick the component");
        assertThatThrownBy(() -> traffic.run(Optional.of(study.id()), study.architecture(),
                new TrafficRequest(1e12, 60, ScenarioKind.STEADY, null)))
                .isInstanceOf(SimulationException.class)
                .hasMessage("The peak load must be above 0 and at most 1,000,000,000 requests a second; it was "
                        + "1,000,000,000,000.");
    }

    @Test
    void aReadShareInTheRequestReplacesTheCasesAndMoreWritesLoadThePrimaryDatabase() {
        CaseStudy study = content.caseStudy("url-shortener").orElseThrow();

        SimulationRun casesShare = traffic.run(Optional.of(study.id()), study.architecture(),
                new TrafficRequest(null, 30, ScenarioKind.STEADY, null));
        SimulationRun halfWrites = traffic.run(Optional.of(study.id()), study.architecture(),
                new TrafficRequest(null, 30, ScenarioKind.STEADY, null).withReadFraction(0.5));

        assertThat(casesShare.scenario().readFraction()).isCloseTo(400.0 / 440, within(1e-9));
        assertThat(halfWrites.scenario().readFraction()).isEqualTo(0.5);
        assertThat(primaryThroughput(halfWrites, "db")).isGreaterThan(5 * primaryThroughput(casesShare, "db"));
    }

    @Test
    void everyCaseStatesItsReadShareOrBothItsReadAndWriteRates() {
        for (CaseStudy study : LIBRARY.cases().values()) {
            boolean bothRates = study.estimate().results().stream().map(r -> r.kind())
                    .filter(kind -> kind.equals("read-qps") || kind.equals("write-qps")).distinct().count() == 2;

            assertThat(study.facts().readShare() != null || bothRates).as(study.id()).isTrue();
        }
    }

    @Test
    void theWriteHeavyCasesRunAsTheWritesTheyAreAndShowWhatTheirAsynchronousWorkWaits() {
        SimulationRun notifications = caseRun("notification-system");
        SimulationRun iot = caseRun("iot-data-platform");
        SimulationRun fraud = caseRun("fraud-detection");

        // 100k requests a second, of which 17k are notifications to send: each channel's workers get them all.
        assertThat(station(notifications, "push-w").throughputRps()).isCloseTo(17_000, within(1.0));
        // The device fleet's readings, 99 % of its 99.9 % share of 400k a second, all reach the stream.
        assertThat(station(iot, "stream").throughputRps()).isCloseTo(400_000 * 0.999 * 0.99, within(1.0));
        assertThat(fraud.scenario().readFraction()).isZero();
        for (SimulationRun run : List.of(notifications, iot, fraud)) {
            assertThat(run.summary().messageDelay()).isNotNull();
            assertThat(run.summary().messageDelay().p50Ms()).isPositive();
        }
    }

    private SimulationRun caseRun(String caseId) {
        CaseStudy study = content.caseStudy(caseId).orElseThrow();
        return traffic.run(Optional.of(caseId), study.architecture(), new TrafficRequest(null, 60, ScenarioKind.STEADY,
                null));
    }

    private static org.designcoach.simulation.StationReport station(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id) && !s.replicas()).findFirst()
                .orElseThrow();
    }

    @Test
    void someInstancesFailingLeaveTheRestServing() {
        var design = new org.designcoach.design.Design(1, java.util.List.of(component("web", "web-client", null),
                new org.designcoach.design.DesignComponent("api", "app-server", null, null, 3, null, null, null, null,
                        null, null)), java.util.List.of(arrow("web", "api")), java.util.List.of());

        SimulationRun two = traffic.run(Optional.empty(), design,
                new TrafficRequest(300.0, 30, ScenarioKind.FAILURE, "api", 2, null));
        SimulationRun all = traffic.run(Optional.empty(), design,
                new TrafficRequest(300.0, 30, ScenarioKind.FAILURE, "api", null, null));

        assertThat(two.ticks().get(25).down()).isEmpty();
        assertThat(two.ticks().get(25).utilisation().get("api")).isGreaterThan(2.5 * two.ticks().get(5)
                .utilisation().get("api"));
        assertThat(all.ticks().get(25).down()).containsExactly("api");
        assertThatThrownBy(() -> new TrafficRequest(300.0, 30, ScenarioKind.FAILURE, "api", 0, null))
                .hasMessageContaining("At least one instance");
    }

    private static double primaryThroughput(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id) && !s.replicas())
                .findFirst().orElseThrow().throughputRps();
    }

    @Test
    void aZoneFailureTakesDownWhatIsInTheZoneBox() {
        var design = new org.designcoach.design.Design(1, java.util.List.of(
                component("web", "web-client", null), component("lb", "load-balancer", null),
                component("a", "app-server", "zone-1"), component("b", "app-server", "zone-2")),
                java.util.List.of(arrow("web", "lb"), arrow("lb", "a"), arrow("lb", "b")),
                java.util.List.of(new org.designcoach.design.Design.Group("zone-1", "zone", "Zone 1"),
                        new org.designcoach.design.Design.Group("zone-2", "zone", "Zone 2")));

        SimulationRun run = traffic.run(Optional.empty(), design, new TrafficRequest(500.0, 30, ScenarioKind.ZONE_FAILURE,
                "zone-1"));

        assertThat(run.ticks().get(5).down()).isEmpty();
        assertThat(run.ticks().get(25).down()).containsExactly("a");
        assertThatThrownBy(() -> traffic.run(Optional.empty(), design, new TrafficRequest(500.0, 30,
                ScenarioKind.REGION_FAILURE, null))).hasMessageContaining("Pick the region");
    }

    private static org.designcoach.design.DesignComponent component(String id, String type, String group) {
        return new org.designcoach.design.DesignComponent(id, type, null, "Tech " + id, null, null, null, group, null,
                null, null);
    }

    private static org.designcoach.design.Connection arrow(String from, String to) {
        return new org.designcoach.design.Connection(from, to, "sync", "HTTPS", null);
    }
}
