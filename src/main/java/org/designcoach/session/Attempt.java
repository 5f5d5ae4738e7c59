package org.designcoach.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.designcoach.content.CaseStudy;
import org.designcoach.design.DesignComparison;
import org.designcoach.rules.Assessment;
import org.jspecify.annotations.Nullable;

/**
 * A practice session as it may be shown read-only, to its author or to a mentor: its owner, its
 * state (answers, timing, version), its case, the findings on its design, the checked worksheet,
 * the learner's own peak estimate, its design beside the reference and, once finished, its report.
 */
public record Attempt(String owner, Instant startedAt, SessionState state, CaseStudy study, Assessment design,
        List<WorksheetLine> worksheet, @Nullable Double estimatedPeak, @Nullable SessionReport report,
        DesignComparison referenceComparison) {

    public Attempt {
        worksheet = List.copyOf(worksheet);
    }

    public Optional<SessionReport> finishedReport() {
        return Optional.ofNullable(report);
    }

    /** The share of reads in the learner's own read and write rates, so a replayed run matches theirs. */
    public Optional<Double> estimatedReadFraction() {
        return EstimationGrading.readFraction(study, state.answers());
    }

    /** One derived line of the estimation worksheet: the learner's value beside the reference, and its check. */
    public record WorksheetLine(String label, String yours, String reference, String verdict, String explanation) {
    }
}
