package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every case's reference estimate agrees with itself: each formula, worked out with the case's own
 * assumptions and earlier results, gives the stated value within 15% and of the same kind.
 */
class CaseEstimatesTest {

    private static final Path CASES = Path.of("content", "cases");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static Stream<Path> caseFiles() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            List<Path> yaml = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).as("case files in " + CASES.toAbsolutePath()).isNotEmpty();
            return yaml.stream();
        }
    }

    static ReferenceEstimate estimateOf(Path file) {
        JsonNode estimate = YAML.readTree(file.toFile()).path("estimate");
        Map<String, String> assumptions = new LinkedHashMap<>();
        estimate.path("assumptions").forEach(a -> assumptions.put(a.path("id").asString(), a.path("value").asString()));
        List<ReferenceLine> lines = new ArrayList<>();
        estimate.path("results").forEach(r -> lines.add(new ReferenceLine(r.path("id").asString(),
                r.path("label").asString(), r.path("formula").asString(), r.path("value").asString(),
                r.path("note").isMissingNode() ? null : r.path("note").asString())));
        return new ReferenceEstimate(assumptions, lines);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void everyResultFollowsFromTheCasesOwnAssumptions(Path file) {
        ReferenceEstimate estimate = estimateOf(file);
        Map<String, String> answers = new LinkedHashMap<>();
        estimate.lines().forEach(line -> answers.put(line.id(), line.value()));

        List<LineCheck> checks = new WorksheetChecker().check(estimate, new LearnerWorksheet(estimate.assumptions(), answers));

        assertThat(checks).as("results of " + file).isNotEmpty().allSatisfy(check -> {
            assertThat(check.arithmetic()).as(file.getFileName() + " " + check.id() + ": " + check.derivation()
                    + " | " + check.message()).isEqualTo(Arithmetic.RIGHT);
            assertThat(check.magnitude()).as(file.getFileName() + " " + check.id()).isEqualTo(Magnitude.WITHIN);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void everyAssumptionIsAQuantity(Path file) {
        estimateOf(file).assumptions().forEach((id, value) ->
                assertThat(QuantityParser.parse(value)).as(file.getFileName() + " " + id).isNotNull());
    }

    /** The learner's peak sets the scale the rules engine judges the design at, so every case asks for one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void everyCaseHasOnePeakLineInRequestsPerSecond(Path file) {
        List<JsonNode> peaks = new ArrayList<>();
        YAML.readTree(file.toFile()).path("estimate").path("results").forEach(r -> {
            if ("peak-qps".equals(r.path("kind").asString())) {
                peaks.add(r);
            }
        });

        assertThat(peaks).as(file.getFileName() + " peak-qps lines").hasSize(1);
        assertThat(QuantityParser.parse(peaks.getFirst().path("value").asString()).in("/s")).isPositive();
    }
}
