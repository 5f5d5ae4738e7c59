package org.designcoach.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.rules.Finding;
import org.designcoach.rules.Severity;
import org.designcoach.scoring.ScoringCalibrationTest.Band;
import org.designcoach.scoring.ScoringCalibrationTest.Result;

/** The calibration run as Markdown: a summary, a table per case, and every disagreement with the experts. */
final class CalibrationReport {

    private CalibrationReport() {
    }

    static String markdown(List<Result> results, List<String> failures, ContentLibrary library) {
        StringBuilder out = new StringBuilder();
        out.append("# Scoring calibration\n\n")
                .append("Written by `ScoringCalibrationTest` on every run; do not edit by hand. The designs and their ")
                .append("expert bands are in `src/test/resources/calibration/` (see `calibration.yaml`). Bands: ")
                .append("strong 75–100, adequate 50–74, weak 0–49; every case's reference must also reach 90.\n\n");
        summary(out, results, failures);
        Map<String, List<Result>> byCase = new LinkedHashMap<>();
        results.forEach(result -> byCase.computeIfAbsent(result.entry().caseId(), id -> new java.util.ArrayList<>())
                .add(result));
        byCase.forEach((caseId, caseResults) -> caseTable(out, library.caseStudy(caseId).orElseThrow(), caseResults));
        out.append("## Disagreements\n\n");
        if (failures.isEmpty()) {
            out.append("None: every design is in its band with the findings it must have.\n");
        }
        failures.forEach(failure -> out.append("- ").append(cell(failure)).append('\n'));
        return out.toString();
    }

    private static void summary(StringBuilder out, List<Result> results, List<String> failures) {
        long inBand = results.stream().filter(Result::inBand).count();
        List<Result> references = results.stream().filter(result -> result.entry().isReference()).toList();
        long referencesAt90 = references.stream().filter(Result::inBand).count();
        long missing = results.stream().mapToLong(result -> result.missing().size()).sum();
        long unwanted = results.stream().mapToLong(result -> result.unwanted().size()).sum();
        out.append("**").append(inBand).append(" of ").append(results.size()).append(" designs in their band** (")
                .append(references.size()).append(" references included); references at 90 or more: ")
                .append(referencesAt90).append(" of ").append(references.size()).append("; findings missing: ")
                .append(missing).append("; findings that must not appear but do: ").append(unwanted).append("; ")
                .append(failures.size()).append(" disagreements in all.\n\n");
        out.append("| Expert band | Designs | In band |\n|---|---|---|\n");
        for (Band band : Band.values()) {
            List<Result> ofBand = results.stream().filter(result -> result.entry().expertBand() == band).toList();
            out.append("| ").append(band).append(" | ").append(ofBand.size()).append(" | ")
                    .append(ofBand.stream().filter(Result::inBand).count()).append(" |\n");
        }
        out.append('\n');
    }

    private static void caseTable(StringBuilder out, CaseStudy study, List<Result> results) {
        out.append("## ").append(study.id()).append("\n\n").append(study.title()).append(", level ")
                .append(study.level()).append(", peak ").append(study.facts().peakQps()).append(", availability ")
                .append(study.facts().availabilityTarget()).append(".\n\n")
                .append("| Design | Source | Band | Score | In band | Findings (points) | Strengths | Rule checks |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            out.append("| ").append(cell(result.entry().name()
                    + (result.entry().peakQps() == null ? "" : " (at " + Math.round(result.entry().peakQps()) + "/s)")))
                    .append(" | ").append(cell(result.entry().source()))
                    .append(" | ").append(result.entry().band())
                    .append(" | ").append(result.assessment().overall())
                    .append(" | ").append(result.inBand() ? "yes" : "**no**")
                    .append(" | ").append(cell(result.findings()))
                    .append(" | ").append(cell(strengths(result)))
                    .append(" | ").append(cell(checks(result))).append(" |\n");
        }
        out.append('\n');
        List<Result> noted = results.stream()
                .filter(result -> result.entry().expectedFindings() != null || result.refusal().isPresent()).toList();
        if (!noted.isEmpty()) {
            out.append("What the expert expects, and what today's design check says:\n\n");
        }
        for (Result result : noted) {
            out.append("- **").append(cell(result.entry().name())).append("**: ");
            if (result.entry().expectedFindings() != null) {
                out.append(cell(result.entry().expectedFindings()));
            }
            result.refusal().ifPresent(refusal -> out.append(" *Refused by today's design check:* ")
                    .append(cell(refusal)));
            out.append('\n');
        }
        out.append('\n');
    }

    private static String strengths(Result result) {
        String strengths = result.assessment().findings().stream().filter(f -> f.severity() == Severity.STRENGTH)
                .map(Finding::ruleId).distinct().sorted().collect(Collectors.joining(", "));
        return strengths.isEmpty() ? "–" : strengths;
    }

    private static String checks(Result result) {
        if (result.missing().isEmpty() && result.unwanted().isEmpty()) {
            return result.entry().mustFind().isEmpty() && result.entry().mustNotFind().isEmpty() ? "–" : "all hold";
        }
        StringBuilder checks = new StringBuilder();
        if (!result.missing().isEmpty()) {
            checks.append("missing: ").append(String.join(", ", result.missing()));
        }
        if (!result.unwanted().isEmpty()) {
            checks.append(checks.isEmpty() ? "" : "; ").append("must not appear: ")
                    .append(String.join(", ", result.unwanted()));
        }
        return checks.toString();
    }

    /** Text fit for one table cell: no line breaks, no column separators. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
