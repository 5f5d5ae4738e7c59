package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.designcoach.MutableClock;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.junit.jupiter.api.Test;

class DesignDocumentsTest {

    private static final ContentLibrary LIBRARY = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-11-24T10:00:00Z")).load(List.of(ContentFixtures.builtIn()));

    private final DesignDocuments documents = new DesignDocuments(() -> LIBRARY);

    @Test
    void everyReferenceArchitectureSurvivesAWriteAndARead() {
        for (CaseStudy study : LIBRARY.allCases()) {
            Design written = study.architecture();

            Design read = documents.read(DesignJson.pretty(written));

            assertThat(read).as(study.id()).isEqualTo(written);
        }
    }

    @Test
    void aDesignWithoutComponentsIsValid() {
        Design empty = documents.read(design("", ""));

        assertThat(empty.components()).isEmpty();
        assertThat(documents.read(DesignJson.pretty(empty))).isEqualTo(empty);
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsPlace() {
        assertThat(problems("{\"version\": 1,\n \"components\": [oops]}"))
                .singleElement().asString().startsWith("This is not valid JSON at line 2");
    }

    @Test
    void emptyTextAndAJsonArrayAreRefused() {
        assertThat(problems("  ")).singleElement().asString().contains("empty");
        assertThat(problems("[1, 2]")).singleElement().asString().contains("not an object");
    }

    @Test
    void anUnknownTypeIsNamedWithWhereToFindTheRealOnes() {
        assertThat(problems(design("{\"id\": \"x\", \"type\": \"quantum-cache\"}", "")))
                .singleElement().asString()
                .contains("'quantum-cache'", "not in the catalog");
    }

    @Test
    void anArrowToAMissingComponentIsNamed() {
        assertThat(problems(design("{\"id\": \"api\", \"type\": \"app-server\"}",
                "{\"from\": \"api\", \"to\": \"ghost\", \"mode\": \"sync\"}")))
                .singleElement().asString().contains("'ghost'", "not a component of this design");
    }

    @Test
    void twoArrowsWithTheSameEndsAreRefusedButAnArrowBackIsFine() {
        String components = "{\"id\": \"api\", \"type\": \"app-server\"}, {\"id\": \"db\", \"type\": \"sql-database\"}";
        String there = "{\"from\": \"api\", \"to\": \"db\", \"mode\": \"sync\", \"protocol\": \"SQL\"}";
        String again = "{\"from\": \"api\", \"to\": \"db\", \"mode\": \"async\"}";
        String back = "{\"from\": \"db\", \"to\": \"api\", \"mode\": \"async\"}";

        assertThat(problems(design(components, there + ", " + again))).singleElement().asString()
                .contains("api → db", "appears twice");
        assertThat(documents.read(design(components, there + ", " + back)).connections()).hasSize(2);
    }

    @Test
    void anArrowsShareIsKeptAndAShareOutsideZeroToAHundredIsRefusedWithItsField() {
        String components = "{\"id\": \"api\", \"type\": \"app-server\"}, {\"id\": \"q\", \"type\": \"message-queue\"}";

        Design read = documents.read(design(components, "{\"from\": \"api\", \"to\": \"q\", \"mode\": \"async\", \"share\": 2.5}"));

        assertThat(read.connections().getFirst().share()).isEqualTo(2.5);
        assertThat(DesignJson.compact(read)).contains("\"share\":2.5");
        assertThat(problems(design(components, "{\"from\": \"api\", \"to\": \"q\", \"mode\": \"async\", \"share\": 150}")))
                .singleElement().asString().contains("/connections/0/share").contains("100");
        assertThat(problems(design(components, "{\"from\": \"api\", \"to\": \"q\", \"mode\": \"async\", \"share\": -1}")))
                .singleElement().asString().contains("/connections/0/share").contains("0");
    }

    @Test
    void propertyValuesOfTheCatalogsKindsAreKept() {
        Design read = documents.read(design("""
                {"id": "db", "type": "sql-database", "properties": {"readReplicas": 2, "capacityPerInstance": 5000}},
                {"id": "lb", "type": "load-balancer", "properties": {"algorithm": "least-connections"}},
                {"id": "q", "type": "message-queue", "properties": {"guaranteedDelivery": true}},
                {"id": "c", "type": "cache", "properties": {"hitRatio": 0.95}}""", ""));

        assertThat(read.component("db").orElseThrow().properties()).containsEntry("readReplicas", 2);
    }

    @Test
    void aPropertyTheTypeDoesNotHaveIsNamedWithTheOnesItHas() {
        assertThat(problems(design("{\"id\": \"c\", \"type\": \"cache\", \"properties\": {\"ttl\": 60}}", "")))
                .singleElement().asString()
                .contains("'ttl'", "does not have", "hitRatio");
    }

    @Test
    void aPropertyValueOfTheWrongKindSaysWhatKindIsWanted() {
        List<String> problems = problems(design("""
                {"id": "db", "type": "sql-database", "properties": {"readReplicas": "lots"}},
                {"id": "db2", "type": "sql-database", "properties": {"readReplicas": 1.5}},
                {"id": "c", "type": "cache", "properties": {"hitRatio": 3}},
                {"id": "c2", "type": "cache", "properties": {"hitRatio": "0.9"}},
                {"id": "q", "type": "message-queue", "properties": {"guaranteedDelivery": {"yes": true}}},
                {"id": "lb", "type": "load-balancer", "properties": {"algorithm": "random"}},
                {"id": "api", "type": "app-server", "properties": {"capacityPerInstance": -1}}""", ""));

        assertThat(problems).hasSize(7)
                .anySatisfy(p -> assertThat(p).contains("'readReplicas'", "'lots'", "whole number"))
                .anySatisfy(p -> assertThat(p).contains("'readReplicas'", "1.5", "whole number"))
                .anySatisfy(p -> assertThat(p).contains("'hitRatio'", "is 3;", "from 0 to 1"))
                .anySatisfy(p -> assertThat(p).contains("'hitRatio'", "'0.9'", "without quotes"))
                .anySatisfy(p -> assertThat(p).contains("'guaranteedDelivery'", "an object", "true or false"))
                .anySatisfy(p -> assertThat(p).contains("'algorithm'", "round-robin"))
                .anySatisfy(p -> assertThat(p).contains("'capacityPerInstance'", "requests per second"));
    }

    @Test
    void aServiceTimeIsKeptBesideTheCapacityAndRefusedOutsideItsRangeWithTheReason() {
        Design read = documents.read(design("""
                {"id": "api", "type": "app-server", "properties": {"capacityPerInstance": 100, "serviceTimeMs": 10}}""",
                ""));
        List<String> refused = problems(design("""
                {"id": "a", "type": "app-server", "properties": {"serviceTimeMs": 0}},
                {"id": "b", "type": "worker", "properties": {"serviceTimeMs": 4000000}},
                {"id": "c", "type": "microservice", "properties": {"serviceTimeMs": "10"}}""", ""));

        assertThat(read.component("api").orElseThrow().properties()).containsEntry("serviceTimeMs", 10);
        assertThat(refused).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("'serviceTimeMs'", "milliseconds one request takes"))
                .anySatisfy(p -> assertThat(p).contains("is 0;", "above 0"))
                .anySatisfy(p -> assertThat(p).contains("4000000", "at most 3,600,000"))
                .anySatisfy(p -> assertThat(p).contains("'10'", "without quotes"));
    }

    @Test
    void aPropertyWithoutAValueIsRefusedWithAMessage() {
        assertThat(problems(design("{\"id\": \"c\", \"type\": \"cache\", \"properties\": {\"hitRatio\": null}}", "")))
                .singleElement().asString().contains("'hitRatio'");
    }

    @Test
    void aLabelHoldingHtmlIsRefusedAndNeverKept() {
        assertThat(problems(design("{\"id\": \"api\", \"type\": \"app-server\", \"label\": \"<script>alert(1)</script>\"}",
                ""))).singleElement().asString().contains("label", "HTML markup");
    }

    @Test
    void tenThousandComponentsAreRefusedByCountBeforeAnyOtherCheck() {
        String components = IntStream.range(0, 10_000)
                .mapToObj(i -> "{\"id\":\"c" + i + "\",\"type\":\"app-server\"}")
                .collect(Collectors.joining(","));

        assertThat(problems(design(components, ""))).singleElement().asString()
                .contains("at most 300 components", "10000");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        String huge = "{\"version\": 1, \"notes\": \"" + "x".repeat(DesignDocuments.MAX_BYTES) + "\"}";

        assertThat(problems(huge)).singleElement().asString().contains("larger than 512 KB");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = problems(design("""
                {"id": "a", "type": "app-server", "group": "nowhere"},
                {"id": "a", "type": "app-server"}""", "{\"from\": \"a\", \"to\": \"a\", \"mode\": \"sync\"}"));

        assertThat(problems).hasSize(3).anySatisfy(p -> assertThat(p).contains("'nowhere'"))
                .anySatisfy(p -> assertThat(p).contains("appears twice"))
                .anySatisfy(p -> assertThat(p).contains("same component"));
    }

    @Test
    void aMissingFieldIsReportedByTheSchemaWithItsPlace() {
        assertThat(problems("{\"version\": 1, \"components\": [{\"id\": \"a\"}], \"connections\": []}"))
                .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("At "));
    }

    @Test
    void aNumberFarOutOfRangeIsRefusedWithItsPlaceWhereverItStands() {
        for (String number : new String[] {"1e19", "-1e19", "1e400", "-1e400", "99999999999999999999999", "1e9000"}) {
            assertThat(problems(design("{\"id\": \"api\", \"type\": \"app-server\", \"instances\": " + number + "}", "")))
                    .as(number).singleElement().asString().startsWith("At /components/0/instances: ")
                    .contains("out of range");
            assertThat(problems(design("{\"id\": \"c\", \"type\": \"cache\", \"position\": {\"x\": 1, \"y\": "
                    + number + "}, \"properties\": {\"hitRatio\": " + number + "}}", "")))
                    .as(number).containsExactlyInAnyOrder(
                            "At /components/0/position/y: " + shownAs(number) + " is out of range; numbers in a design "
                                    + "lie between -1,000,000,000 and 1,000,000,000.",
                            "At /components/0/properties/hitRatio: " + shownAs(number) + " is out of range; numbers in "
                                    + "a design lie between -1,000,000,000 and 1,000,000,000.");
        }
    }

    @Test
    void numbersJustInsideTheirBoundsAreStillJudgedByTheSchemaAndTheCatalog() {
        assertThat(problems(design("{\"id\": \"api\", \"type\": \"app-server\", \"instances\": 1e9}", "")))
                .singleElement().asString().contains("/components/0/instances", "maximum value of 10000");
        assertThat(documents.read(design("{\"id\": \"api\", \"type\": \"app-server\", \"instances\": 1e4}", ""))
                .components().getFirst().instances()).isEqualTo(10_000);
    }

    /** How the problem shows a number: as Java prints the value Jackson read. */
    private static String shownAs(String number) {
        return DesignJson.MAPPER.readTree(number).numberValue().toString();
    }

    private List<String> problems(String text) {
        var thrown = assertThatThrownBy(() -> documents.read(text)).isInstanceOf(InvalidDesignException.class);
        return ((InvalidDesignException) thrown.actual()).problems();
    }

    private static String design(String components, String connections) {
        return "{\"version\": 1, \"components\": [" + components + "], \"connections\": [" + connections + "]}";
    }
}
