package org.designcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.designcoach.MutableClock;
import org.designcoach.content.ScoringFixtures;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The score's load check sends each part of the design the traffic it would really get: the case's
 * share per kind of client, an arrow's stated share, and a managed technology's published capacity
 * (issue 13's calibration artefacts), on the production scoring path.
 */
class TrafficShareScoringTest {

    private static final ScoringService SCORING = new ScoringService(
            ScoringFixtures.builtInContentService(MutableClock.startingAt("2026-12-03T10:00:00Z")));

    @Test
    void theIotCasesDevicesSendNearlyAllThePeakSoTheOperatorsQueryApiIsNotJudgedAtHalfOfIt() {
        Assessment assessment = SCORING.score("iot-data-platform",
                calibrationDesign("iot-data-platform/azure-iot-hub.json"), Optional.empty());

        assertThat(overloaded(assessment)).extracting(Finding::components).doesNotContain(List.of("api"));
        // 99.9 % of 400,000 readings a second reach the hub; the operators send the other 400.
        assertThat(overloaded(assessment)).filteredOn(finding -> finding.components().equals(List.of("hub")))
                .singleElement().extracting(Finding::title).asString().contains("399,600");
    }

    @Test
    void aWorkerBoxNamedFirehoseIsJudgedByFirehosesPublishedQuotaNotAWorkersCapacity() {
        Assessment assessment = SCORING.score("iot-data-platform",
                calibrationDesign("iot-data-platform/aws-iot-kinesis.json"), Optional.empty());

        assertThat(overloaded(assessment)).isEmpty();
        assertThat(assessment.overall()).isGreaterThanOrEqualTo(75);
    }

    @Test
    void sendingOnlyAFewPercentOfDecisionsToReviewLeavesTheSingleModelInstanceAsTheOnlyOverload() {
        Design asDrawn = calibrationDesign("fraud-detection/flaw-single-model-instance.json");
        Design flaggedOnly = withShare(asDrawn, "decision", "review-q", 2.0);

        Assessment everything = SCORING.score("fraud-detection", asDrawn, Optional.empty());
        Assessment few = SCORING.score("fraud-detection", flaggedOnly, Optional.empty());

        assertThat(overloaded(everything)).flatExtracting(Finding::components).containsExactlyInAnyOrder("model",
                "review");
        assertThat(overloaded(few)).flatExtracting(Finding::components).containsExactly("model");
        assertThat(few.overall()).as(few.breakdown().explanation()).isGreaterThan(everything.overall()).isLessThan(50);
    }

    private static List<Finding> overloaded(Assessment assessment) {
        return assessment.findings().stream().filter(finding -> finding.ruleId().equals(LoadCheck.OVERLOADED))
                .toList();
    }

    private static Design withShare(Design design, String from, String to, double share) {
        List<Connection> connections = design.connections().stream()
                .map(arrow -> arrow.from().equals(from) && arrow.to().equals(to) ? new Connection(arrow.from(),
                        arrow.to(), arrow.mode(), arrow.protocol(), arrow.label(), share) : arrow)
                .toList();
        return new Design(design.version(), design.components(), connections, design.groups());
    }

    private static Design calibrationDesign(String file) {
        try (InputStream in = TrafficShareScoringTest.class.getResourceAsStream("/calibration/designs/" + file)) {
            assertThat(in).as(file).isNotNull();
            return DesignJson.MAPPER.readValue(in, Design.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
