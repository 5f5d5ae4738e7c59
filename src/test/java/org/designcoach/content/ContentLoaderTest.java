package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ContentLoaderTest {

    private static final List<String> CASES = List.of("url-shortener", "multi-region-ecommerce", "notification-system",
            "multi-tenant-saas", "ci-cd-platform", "fraud-detection", "full-production-stack", "simple-web-platform",
            "video-streaming", "banking-fintech", "iot-data-platform", "internal-developer-platform");
    private static final List<String> CONCEPTS = List.of("dns", "cdn", "load-balancing", "api-gateway",
            "stateless-servers", "horizontal-scaling", "caching", "message-queues", "stream-processing", "sql-vs-nosql",
            "replication", "sharding", "object-storage", "search", "observability", "service-mesh",
            "secrets-management", "identity-and-access", "ci-cd", "zero-downtime-deployment", "security-layers",
            "compute-options", "ml-serving", "multi-region", "availability", "cost", "design-qualities",
            "common-trade-offs", "five-step-framework", "estimation-cheat-sheet", "scale-tiers",
            "production-readiness-checklist", "common-mistakes");

    private final ContentLoader loader = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-11-24T10:00:00Z"));

    private ContentLibrary load(List<ContentFile> files) {
        return loader.load(List.of(files));
    }

    private List<ContentProblem> problemsOf(List<ContentFile> files) {
        try {
            load(files);
        } catch (InvalidContentException e) {
            return e.problems();
        }
        throw new AssertionError("expected the content to be refused");
    }

    @Test
    void everyBuiltInFileLoadsWithoutAProblem() {
        ContentLibrary library = load(ContentFixtures.builtIn());

        assertThat(library.cases()).containsKeys(CASES.toArray(String[]::new));
        assertThat(library.concepts()).containsKeys(CONCEPTS.toArray(String[]::new));
        assertThat(library.catalog().components()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(library.catalog().categories()).extracting(Catalog.Category::id).containsExactlyInAnyOrder(
                "clients-edge", "traffic", "compute", "data", "async", "operations", "external");
        assertThat(library.mistakes()).hasSize(10);
        assertThat(library.lesson("scale-journey")).hasValueSatisfying(lesson ->
                assertThat(lesson.steps()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void everyCaseAsksAboutAllSevenStandardCategories() {
        List<String> standard = List.of("users", "scale", "latency", "availability", "consistency", "compliance", "budget");
        for (CaseStudy study : load(ContentFixtures.builtIn()).allCases()) {
            assertThat(study.questions()).extracting(CaseStudy.Question::category)
                    .as(study.id()).containsAll(standard);
        }
    }

    @Test
    void theVersionIsAHashOfTheFiles() {
        String version = load(ContentFixtures.builtIn()).version();

        assertThat(load(ContentFixtures.builtIn()).version()).isEqualTo(version);
        assertThat(load(ContentFixtures.withChange("cases/url-shortener.yaml",
                tree -> tree.put("title", "URL shortener, revised"))).version()).isNotEqualTo(version);
    }

    @Test
    void badYamlSyntaxNamesTheFileAndTheLine() {
        var problems = problemsOf(ContentFixtures.withText("concepts/caching.yaml", "id: caching\ntitle: [unclosed\n"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("concepts/caching.yaml");
            assertThat(problem.place()).startsWith("line ");
            assertThat(problem.message()).startsWith("Not valid YAML");
        });
    }

    @Test
    void aMissingFieldNamesTheFieldAndTheFile() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree -> tree.remove("prompt")));

        assertThat(problems).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.file()).endsWith("cases/url-shortener.yaml"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("prompt"));
    }

    @Test
    void anUnknownConceptIsNamedWithWhereItIsUsed() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml",
                tree -> ((ArrayNode) tree.get("concepts")).add("no-such-concept")));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("cases/url-shortener.yaml");
            assertThat(problem.place()).isEqualTo("concepts");
            assertThat(problem.message()).contains("Unknown concept 'no-such-concept'");
        });
    }

    @Test
    void anUnknownComponentTypeInAReferenceArchitectureIsNamed() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree ->
                ((ObjectNode) tree.get("architecture").get("components").get(0)).put("type", "quantum-router")));

        assertThat(problems).anySatisfy(problem ->
                assertThat(problem.message()).contains("Unknown component type 'quantum-router'"));
    }

    @Test
    void anArrowToAMissingComponentIsNamed() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree ->
                ((ObjectNode) tree.get("architecture").get("connections").get(0)).put("to", "nowhere")));

        assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("'nowhere'"));
    }

    @Test
    void aReferenceArchitectureWithoutComponentsIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree -> {
            ObjectNode architecture = (ObjectNode) tree.get("architecture");
            ((ArrayNode) architecture.get("components")).removeAll();
            ((ArrayNode) architecture.get("connections")).removeAll();
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("cases/url-shortener.yaml");
            assertThat(problem.place()).isEqualTo("architecture/components");
            assertThat(problem.message()).contains("at least one component");
        });
    }

    @Test
    void aReferenceArchitectureThatDrawsOneArrowTwiceIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree -> {
            ArrayNode connections = (ArrayNode) tree.get("architecture").get("connections");
            connections.add(connections.get(0).deepCopy());
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("architecture/connections");
            assertThat(problem.message()).contains("appears twice");
        });
    }

    @Test
    void aReferencePropertyOfTheWrongKindIsNamed() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree -> {
            ObjectNode first = (ObjectNode) tree.get("architecture").get("components").get(0);
            first.putObject("properties").put("capacityPerInstance", "plenty");
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).endsWith("/properties/capacityPerInstance");
            assertThat(problem.message()).contains("'plenty'", "requests per second");
        });
    }

    @Test
    void aLessonStepWhoseOutageNamesARegionItDoesNotDrawIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("lessons/scale-journey.yaml", tree -> {
            ObjectNode outage = ((ObjectNode) tree.get("steps").get(0)).putObject("outage");
            outage.put("kind", "region-failure").put("place", "mars-north-1");
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("steps/one-box/outage/place");
            assertThat(problem.message()).contains("'mars-north-1'", "region box");
        });
    }

    @Test
    void aLessonStepThatBreaksOnATypeItDoesNotDrawIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("lessons/scale-journey.yaml", tree ->
                ((ObjectNode) tree.get("steps").get(0)).put("breaksOn", "sql-database")));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("steps/one-box/breaksOn");
            assertThat(problem.message()).contains("breaks on 'sql-database'", "no component of that type");
        });
    }

    @Test
    void aDuplicateIdInTheCatalogIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("catalog/components.yaml", tree -> {
            ArrayNode components = (ArrayNode) tree.get("components");
            components.add(components.get(0).deepCopy());
        }));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).endsWith("catalog/components.yaml");
            assertThat(problem.message()).contains("appears twice");
        });
    }

    @Test
    void aCapabilityTheCatalogDoesNotDeclareIsRefusedWithItsPlace() {
        var problems = problemsOf(ContentFixtures.withChange("catalog/components.yaml", tree -> {
            ObjectNode cdn = (ObjectNode) tree.get("components").get(5);
            cdn.putArray("capabilities").add("teleportation");
        }));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.place()).isEqualTo("components/cdn/capabilities");
            assertThat(problem.message()).contains("Unknown capability 'teleportation'");
        });
    }

    @Test
    void aPropertyThatGrantsCapabilitiesForAValueItNeverTakesIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("catalog/components.yaml", tree -> {
            ObjectNode dns = (ObjectNode) tree.get("components").get(4);
            ObjectNode routing = (ObjectNode) dns.get("properties").get(0);
            ((ObjectNode) routing.get("capabilities")).putArray("sometimes").add("global-routing");
        }));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.place()).isEqualTo("components/dns/properties/routing/capabilities/sometimes");
            assertThat(problem.message()).contains("never has the value 'sometimes'").contains("latency");
        });
    }

    @Test
    void aKeyRequirementAskingForAnUnknownCapabilityIsRefusedWithItsPlace() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree ->
                ((ObjectNode) tree.get("keyRequirements").get(0)).putArray("capabilities").add("magic")));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).endsWith("cases/url-shortener.yaml");
            assertThat(problem.place()).isEqualTo("keyRequirements/redirects-from-cache/capabilities");
            assertThat(problem.message()).contains("Unknown capability 'magic'");
        });
    }

    @Test
    void aTechnologysCapacityThatIsNotARateIsRefusedWithItsPlace() {
        var problems = problemsOf(ContentFixtures.withChange("catalog/components.yaml", tree ->
                ((ObjectNode) tree.get("technologyCapacities").get(0)).put("capacityPerInstance", "5 GB")));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).endsWith("catalog/components.yaml");
            assertThat(problem.place()).isEqualTo("technologyCapacities/0 (Firehose)/capacityPerInstance");
            assertThat(problem.message()).contains("'5 GB'", "500k /s");
        });
    }

    @Test
    void aCasesClientShareForATypeThatIsNoClientOrAddingUpToMoreThanThePeakIsRefusedWithItsPlace() {
        var problems = problemsOf(ContentFixtures.withChange("cases/iot-data-platform.yaml", tree -> {
            ObjectNode shares = (ObjectNode) tree.get("facts").get("clientShares");
            shares.put("app-server", 0.1);
            shares.put("web-client", 0.5);
        }));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).endsWith("cases/iot-data-platform.yaml");
            assertThat(problem.place()).isEqualTo("facts/clientShares/app-server");
            assertThat(problem.message()).contains("not a client type");
        });
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.place()).isEqualTo("facts/clientShares");
            assertThat(problem.message()).contains("at most 1");
        });
    }

    @Test
    void aCaseWhoseIdDiffersFromItsFileNameIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml",
                tree -> tree.put("id", "notification-system")));

        assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("differs from the file name"));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        List<ContentFile> files = ContentFixtures.withText("concepts/caching.yaml", "id: [");
        files = files.stream().map(file -> file.path().equals("concepts/cdn.yaml")
                ? new ContentFile(file.origin(), file.path(), "id: cdn\n".getBytes()) : file).toList();

        assertThat(problemsOf(files)).extracting(ContentProblem::file)
                .anyMatch(file -> file.endsWith("caching.yaml"))
                .anyMatch(file -> file.endsWith("cdn.yaml"));
    }

    @Test
    void aCompanyFolderAddsPrivateCasesAndReplacesBuiltInOnesById() {
        String shortener = ContentFixtures.text("cases/url-shortener.yaml")
                .replaceFirst("(?m)^title: .*$", "title: Our own link shortener");
        String privateCase = ContentFixtures.text("cases/url-shortener.yaml")
                .replaceFirst("(?m)^id: .*$", "id: internal-billing")
                .replaceFirst("(?m)^title: .*$", "title: Internal billing");
        var company = List.of(ContentFixtures.companyFile("cases/url-shortener.yaml", shortener),
                ContentFixtures.companyFile("cases/internal-billing.yaml", privateCase));

        ContentLibrary library = loader.load(List.of(ContentFixtures.builtIn(), company));

        assertThat(library.caseStudy("url-shortener")).hasValueSatisfying(study ->
                assertThat(study.title()).isEqualTo("Our own link shortener"));
        assertThat(library.caseStudy("internal-billing")).isPresent();
        assertThat(library.sources()).containsExactly(ContentFile.BUILT_IN, "/srv/company-content");
    }

    @Test
    void aRuleTheCompilerCannotUnderstandStopsTheLoad() {
        var problems = problemsOf(ContentFixtures.withChange("rules/global.yaml", tree -> {
            ObjectNode first = (ObjectNode) tree.get("rules").get(0);
            ((ArrayNode) first.get("when")).removeAll().addObject().putArray("hasNot").add("cache");
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("rules/global.yaml");
            assertThat(problem.message()).contains("The rule cannot be used: unknown condition 'hasNot'");
        });
    }

    @Test
    void aCaseRuleTheCompilerCannotUnderstandStopsTheLoadNamingTheCaseFile() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree -> {
            ObjectNode rule = (ObjectNode) tree.get("rules").get(0);
            ((ArrayNode) rule.get("when")).removeAll().addObject().putObject("components").put("multiAz", "yes");
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("cases/url-shortener.yaml");
            assertThat(problem.message()).contains("The rule cannot be used: 'multiAz' needs true or false");
        });
    }

    @Test
    void aCaseRuleMayNotTakeTheIdOfAGlobalRule() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml",
                tree -> ((ObjectNode) tree.get("rules").get(0)).put("id", "no-metrics")));

        assertThat(problems).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("A global rule already has the id 'no-metrics'"));
    }

    @Test
    void aCaseRuleIsKeptForItsOwnCaseOnly() {
        ContentLibrary library = load(ContentFixtures.builtIn());

        assertThat(library.rulesOf("url-shortener")).extracting(org.designcoach.rules.Rule::id)
                .containsExactly("redirect-waits-on-analytics");
        assertThat(library.rulesOf("notification-system")).extracting(org.designcoach.rules.Rule::id)
                .containsExactly("sms-channel-missing");
        assertThat(library.rulesOf("simple-web-platform")).isEmpty();
        assertThat(library.rules()).extracting(org.designcoach.rules.Rule::id).doesNotContain("redirect-waits-on-analytics");
    }

    @Test
    void everyBuiltInRuleIsCompiled() {
        assertThat(load(ContentFixtures.builtIn()).rules()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void aFileOutsideTheLayoutIsRefused() {
        var files = new ArrayList<>(ContentFixtures.builtIn());
        files.add(ContentFixtures.companyFile("notes/todo.yaml", "a: b"));

        assertThat(problemsOf(files)).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("Unexpected file"));
    }

    @Test
    void aCaseMaySetHowForgivingItsWorksheetChecksAre() {
        ContentLibrary library = load(ContentFixtures.withChange("cases/url-shortener.yaml", tree ->
                ((ObjectNode) tree.get("estimate")).putObject("tolerance").put("factor", 1.5)));

        CaseStudy.Tolerance tolerance = library.caseStudy("url-shortener").orElseThrow().estimate().tolerance();
        assertThat(tolerance).isEqualTo(new CaseStudy.Tolerance(1.5, null));
    }

    @Test
    void aToleranceFactorBelowOneIsRefused() {
        var problems = problemsOf(ContentFixtures.withChange("cases/url-shortener.yaml", tree ->
                ((ObjectNode) tree.get("estimate")).putObject("tolerance").put("factor", 0.5)));

        assertThat(problems).anySatisfy(problem -> assertThat(problem.toString()).contains("tolerance/factor",
                "minimum value of 1"));
    }
}
