package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Key points are content like any other: a broken one stops the start with its file and place named. */
class KeyPointContentTest {

    private final ContentLoader loader = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-11-24T10:00:00Z"));

    private List<ContentProblem> problemsOf(Consumer<ObjectNode> change) {
        try {
            loader.load(List.of(ContentFixtures.withChange("cases/url-shortener.yaml", change)));
        } catch (InvalidContentException e) {
            return e.problems();
        }
        throw new AssertionError("expected the content to be refused");
    }

    private static ObjectNode firstKeyPoint(ObjectNode tree) {
        return (ObjectNode) tree.get("deepDives").get(0).get("keyPoints").get(0);
    }

    @Test
    void everyBuiltInTopicCarriesKeyPointsWithTermsAndAConcept() {
        ContentLibrary library = loader.load(List.of(ContentFile.builtIn()));

        assertThat(library.allCases()).hasSize(12).allSatisfy(study -> {
            assertThat(study.deepDives()).allSatisfy(dive -> assertThat(dive.keyPoints()).hasSizeGreaterThanOrEqualTo(2));
            assertThat(study.tradeoffs()).allSatisfy(t -> assertThat(t.keyPoints()).hasSizeGreaterThanOrEqualTo(2));
            assertThat(study.requirements().functional()).filteredOn(CaseStudy.Requirement::key)
                    .allSatisfy(r -> assertThat(r.terms()).isNotEmpty());
            assertThat(study.requirements().nonFunctional()).filteredOn(CaseStudy.Requirement::key)
                    .allSatisfy(r -> assertThat(r.terms()).isNotEmpty());
        });
    }

    @Test
    void aDeepDiveWithoutKeyPointsIsRefusedWithItsPlace() {
        var problems = problemsOf(tree -> ((ObjectNode) tree.get("deepDives").get(1)).remove("keyPoints"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("cases/url-shortener.yaml");
            assertThat(problem.place()).isEqualTo("/deepDives/1");
            assertThat(problem.message()).contains("keyPoints");
        });
    }

    @Test
    void aKeyPointLinkingAnUnknownConceptIsNamed() {
        var problems = problemsOf(tree -> firstKeyPoint(tree).put("concept", "no-such-concept"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("deepDives/short-codes/keyPoints/uniqueness/concept");
            assertThat(problem.message()).contains("Unknown concept 'no-such-concept'");
        });
    }

    @Test
    void aTermWithAStarInsideAWordOrNoLetterIsRefused() {
        var problems = problemsOf(tree -> ((ArrayNode) firstKeyPoint(tree).get("terms")).add("ca*che").add("--"));

        assertThat(problems).hasSize(2).allSatisfy(problem -> {
            assertThat(problem.place()).startsWith("/deepDives/0/keyPoints/0/terms/");
            assertThat(problem.message()).contains("pattern");
        });
    }

    @Test
    void aKeyRequirementWithoutTermsIsRefusedAndAnOtherOneNeedsNone() {
        var problems = problemsOf(tree -> {
            ObjectNode first = (ObjectNode) tree.get("requirements").get("functional").get(0);
            first.remove("terms");
            ((ObjectNode) tree.get("requirements").get("functional").get(3)).put("key", false);
        });

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("/requirements/functional/0");
            assertThat(problem.message()).contains("terms");
        });
    }

    @Test
    void twoKeyPointsWithOneIdInATopicAreNamed() {
        var problems = problemsOf(tree -> firstKeyPoint(tree).put("id", "encoding"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("deepDives/short-codes/keyPoints");
            assertThat(problem.message()).contains("'encoding' appears twice");
        });
    }
}
