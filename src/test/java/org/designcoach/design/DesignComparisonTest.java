package org.designcoach.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcoach.design.TestDesigns.design;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.designcoach.content.Catalog;
import org.designcoach.rules.ComponentKnowledge;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Pairs are found by what components are for, as the built-in catalog says, whatever the designs call them. */
class DesignComparisonTest {

    private static final ComponentKnowledge CATALOG = builtInCatalog();

    private static DesignComparison compare(Design learner, Design reference) {
        return DesignComparison.of(learner, reference, CATALOG::jobsIn);
    }

    @Test
    void componentsNamedDifferentlyPairByTheirJobAndWhatOnlyOneSideHasIsListedApart() {
        Design learner = design(List.of("users=web-client", "front=load-balancer", "redis=cache tech=Redis",
                "pg=sql-database tech=PostgreSQL", "jobs=message-queue tech=SQS", "w=worker"));
        Design reference = design(List.of("client=mobile-client", "edge=cdn", "lb=load-balancer",
                "session-cache=cache tech=ElastiCache multiAz", "db=sql-database tech=Aurora multiAz"));

        DesignComparison comparison = compare(learner, reference);

        assertThat(comparison.inBoth()).extracting(DesignComparison.Part::learnerIds, DesignComparison.Part::referenceIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("users"), List.of("client")),
                        org.assertj.core.groups.Tuple.tuple(List.of("front"), List.of("lb")),
                        org.assertj.core.groups.Tuple.tuple(List.of("redis"), List.of("session-cache")),
                        org.assertj.core.groups.Tuple.tuple(List.of("pg"), List.of("db")));
        assertThat(comparison.inBoth().get(0).kind()).isEqualTo("client");
        assertThat(comparison.inBoth().get(0).jobs()).isEmpty();
        assertThat(comparison.inBoth().get(2).jobs()).containsExactly("cache");
        assertThat(comparison.inBoth().get(3).jobs()).containsExactly("relational-store");
        // The reference's cache and database survive a zone; the learner's do not: said, not hidden in the pair.
        assertThat(comparison.inBoth().get(2).qualitiesOnlyReference()).containsExactly("zone-replication");
        assertThat(comparison.inBoth().get(3).qualitiesOnlyReference()).contains("zone-replication");
        assertThat(comparison.onlyLearner()).extracting(DesignComparison.Part::learnerIds)
                .containsExactly(List.of("jobs"), List.of("w"));
        assertThat(comparison.onlyLearner()).extracting(DesignComparison.Part::jobs)
                .containsExactly(List.of("buffer-work"), List.of("background-work"));
        assertThat(comparison.onlyLearner()).allSatisfy(part -> assertThat(part.referenceIds()).isEmpty());
        assertThat(comparison.onlyReference()).singleElement().satisfies(part -> {
            assertThat(part.referenceIds()).containsExactly("edge");
            assertThat(part.jobs()).contains("edge-cache");
            assertThat(part.learnerIds()).isEmpty();
        });
    }

    @Test
    void aDnsWithLatencyRoutingAndAGlobalLoadBalancerBothDoGlobalRoutingInTwoRegions() {
        DesignComparison comparison = compare(
                design(List.of("names=dns routing:latency", "us=app-server @us-east-1", "eu=app-server @eu-west-1")),
                design(List.of("global-front=global-load-balancer", "api-1=app-server @us-east-1",
                        "api-2=app-server @ap-south-1")));

        assertThat(comparison.inBoth()).first().satisfies(part -> {
            assertThat(part.jobs()).contains("global-routing");
            assertThat(part.learnerIds()).containsExactly("names");
            assertThat(part.referenceIds()).containsExactly("global-front");
        });
        assertThat(comparison.onlyLearner()).isEmpty();
        assertThat(comparison.onlyReference()).isEmpty();
    }

    @Test
    void inOneRegionACloudFrontCdnRoutesNowhereAndDoesNotPairWithAGlobalLoadBalancer() {
        DesignComparison comparison = compare(design(List.of("edge=cdn tech=CloudFront")),
                design(List.of("global-front=global-load-balancer")));

        assertThat(comparison.inBoth()).isEmpty();
        assertThat(comparison.onlyLearner()).singleElement().satisfies(part -> assertThat(part.jobs())
                .containsExactly("edge-cache"));
        assertThat(comparison.onlyReference()).singleElement().satisfies(part -> assertThat(part.jobs())
                .containsExactly("load-balancing"));
    }

    @Test
    void aPlainDnsDoesNotPassForACdnThoughBothGrowByThemselves() {
        DesignComparison comparison = compare(design(List.of("names=dns")), design(List.of("edge=cdn")));

        assertThat(comparison.inBoth()).isEmpty();
        assertThat(comparison.onlyLearner()).singleElement().satisfies(part -> assertThat(part.kind()).isEqualTo("edge"));
        assertThat(comparison.onlyReference()).singleElement()
                .satisfies(part -> assertThat(part.jobs()).containsExactly("edge-cache"));
    }

    @Test
    void twoServicesOfTheLearnerServingRequestsJoinTheReferencesOneServerInOnePart() {
        DesignComparison comparison = compare(design(List.of("orders=app-server", "billing=microservice")),
                design(List.of("api=app-server x3")));

        assertThat(comparison.inBoth()).singleElement().satisfies(part -> {
            assertThat(part.jobs()).containsExactly("serve-requests");
            assertThat(part.learnerIds()).containsExactly("orders", "billing");
            assertThat(part.referenceIds()).containsExactly("api");
        });
        assertThat(comparison.onlyLearner()).isEmpty();
    }

    @Test
    void aKeyValueStoreIsNotCountedAsTheReferencesRelationalDatabaseThoughBothKeepDataOnDisk() {
        DesignComparison comparison = compare(design(List.of("kv=nosql-database")), design(List.of("db=sql-database")));

        assertThat(comparison.inBoth()).isEmpty();
        assertThat(comparison.onlyLearner()).singleElement().satisfies(part -> assertThat(part.jobs())
                .containsExactly("key-value-store"));
        assertThat(comparison.onlyReference()).singleElement().satisfies(part -> assertThat(part.jobs())
                .containsExactly("relational-store"));
    }

    @Test
    void aQueueAndAnEventStreamPairByTheWorkTheyHold() {
        DesignComparison comparison = compare(design(List.of("sqs=message-queue")), design(List.of("kafka=event-stream")));

        assertThat(comparison.inBoth()).singleElement().satisfies(part -> {
            assertThat(part.jobs()).containsExactly("buffer-work");
            assertThat(part.learnerIds()).containsExactly("sqs");
            assertThat(part.referenceIds()).containsExactly("kafka");
        });
    }

    @Test
    void aDesignComparedWithItselfHasEverythingInBothEvenWhereComponentsAreEqualFieldForField() {
        Design web = design(TestDesigns.soundWebSystem(), TestDesigns.WEB_ARROWS);

        DesignComparison comparison = compare(web, web);

        assertThat(comparison.onlyLearner()).isEmpty();
        assertThat(comparison.onlyReference()).isEmpty();
        assertThat(comparison.inBoth()).allSatisfy(part -> assertThat(part.learnerIds()).isEqualTo(part.referenceIds()));
        assertThat(comparison.inBoth()).flatExtracting(DesignComparison.Part::learnerIds)
                .containsExactlyInAnyOrderElementsOf(web.components().stream().map(DesignComponent::id).toList());
    }

    @Test
    void anEmptyDesignLeavesTheWholeReferenceOnItsSide() {
        Design reference = design(List.of("c=web-client", "lb=load-balancer", "api=app-server"));

        DesignComparison comparison = compare(design(List.of()), reference);

        assertThat(comparison.inBoth()).isEmpty();
        assertThat(comparison.onlyReference()).flatExtracting(DesignComparison.Part::referenceIds)
                .containsExactly("c", "lb", "api");
    }

    private static ComponentKnowledge builtInCatalog() {
        try (InputStream in = DesignComparisonTest.class.getClassLoader()
                .getResourceAsStream("content/catalog/components.yaml")) {
            return YAMLMapper.builder().build().readValue(in, Catalog.class).knowledge();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
