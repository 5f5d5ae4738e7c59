package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The load section of the rules: read with them, checked like them, replaceable by a company's. */
class LoadJudgementContentTest {

    private final ContentLoader loader = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-12-03T10:00:00Z"));

    private List<ContentProblem> problemsOf(List<ContentFile> files) {
        return catchThrowableOfType(InvalidContentException.class, () -> loader.load(List.of(files))).problems();
    }

    @Test
    void theBuiltInRulesSayWhenTheLoadBecomesAFinding() {
        LoadJudgement load = loader.load(List.of(ContentFixtures.builtIn())).loadJudgement();

        assertThat(load.overloadedAbove()).isEqualTo(1.0);
        assertThat(load.loadedFrom()).isEqualTo(0.7);
        assertThat(load.overloaded().title()).contains("{name}", "{load}", "{capacity}");
    }

    @Test
    void contentWithoutALoadSectionIsRefusedWithTheReason() {
        var problems = problemsOf(ContentFixtures.withChange("rules/global.yaml", tree -> tree.remove("load")));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("rules/global.yaml");
            assertThat(problem.message()).contains("No rules file has a load section");
        });
    }

    @Test
    void aWarningThresholdAboveTheErrorThresholdIsRefusedNamingTheSetting() {
        var problems = problemsOf(ContentFixtures.withChange("rules/global.yaml",
                tree -> ((ObjectNode) tree.get("load")).put("loadedFrom", 1.0).put("overloadedAbove", 0.9)));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("rules/global.yaml");
            assertThat(problem.place()).isEqualTo("load/loadedFrom");
        });
    }

    @Test
    void anUnknownConceptInALoadTextIsRefusedWithItsPlace() {
        var problems = problemsOf(ContentFixtures.withChange("rules/global.yaml",
                tree -> ((ObjectNode) tree.get("load").get("overspend")).put("concept", "no-such-concept")));

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.place())
                .isEqualTo("load/overspend/concept"));
    }

    @Test
    void aCompanysRulesFileMayBringItsOwnLoadSection() {
        String company = """
                rules:
                  - id: company-rule
                    title: A company rule
                    category: cost
                    severity: suggestion
                    points: 1
                    explanation: Ours.
                    concept: cost
                    when:
                      - has: [cache]
                load:
                  overloadedAbove: 1.2
                  overloadedPoints: 20
                  overloadedMaxPoints: 40
                  severeFrom: 3
                  loadedFrom: 0.8
                  loadedPoints: 3
                  idleBelow: 0.02
                  sizedFor: 0.6
                  overspendFactor: 4
                  overspendAtLeast: 5000
                  overspendPoints: 5
                  overloaded: {title: "{name} is over", explanation: "Too much.", concept: horizontal-scaling}
                  loaded: {title: "Close: {names}", explanation: "{details}.", concept: horizontal-scaling}
                  overspend: {title: "Too big", explanation: "{cost} for {needed}.", concept: cost}
                """;

        LoadJudgement load = loader.load(List.of(ContentFixtures.builtIn(),
                List.of(ContentFixtures.companyFile("rules/company.yaml", company)))).loadJudgement();

        assertThat(load.overloadedAbove()).isEqualTo(1.2);
        assertThat(load.overloaded().title()).isEqualTo("{name} is over");
    }
}
