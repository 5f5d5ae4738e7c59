package org.designcoach.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.designcoach.content.CaseStudy;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Category;
import org.designcoach.rules.Finding;

/** What the API returns: plain records, so that the OpenAPI document shows their shape. */
final class ApiModels {

    private ApiModels() {
    }

    /** A case without its solution: what a tool needs to offer it. */
    record CaseSummary(String id, String title, String level, List<String> topics, String summary) {

        static CaseSummary of(CaseStudy study) {
            return new CaseSummary(study.id(), study.title(), study.level(), study.topics(), study.summary());
        }
    }

    record ScoreResult(String caseId, int overall, Map<String, Integer> scores, List<FindingResult> findings) {

        static ScoreResult of(String caseId, Assessment assessment, UnaryOperator<String> conceptUrl) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                Integer score = assessment.scores().get(category);
                if (score != null) {
                    scores.put(category.id(), score);
                }
            }
            return new ScoreResult(caseId, assessment.overall(), scores,
                    assessment.findings().stream().map(finding -> FindingResult.of(finding, conceptUrl)).toList());
        }
    }

    /**
     * One judgement: severity is error, warning, suggestion or strength; components are the ids
     * of the design's components it concerns.
     */
    record FindingResult(String rule, String title, String severity, String category, int points,
            String explanation,
            @Schema(description = "The id of the concept this finding teaches") String concept,
            @Schema(description = "The concept's page in Design Coach (signing in is needed)", format = "uri")
            String conceptUrl,
            List<String> components) {

        static FindingResult of(Finding finding, UnaryOperator<String> conceptUrl) {
            return new FindingResult(finding.ruleId(), finding.title(),
                    finding.severity().name().toLowerCase(Locale.ROOT), finding.category().id(), finding.points(),
                    finding.explanation(), finding.concept(), conceptUrl.apply(finding.concept()),
                    finding.components());
        }
    }
}
