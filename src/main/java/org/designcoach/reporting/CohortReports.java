package org.designcoach.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.cohort.Mentorship;
import org.designcoach.reporting.CohortReport.LearnerRow;
import org.designcoach.review.ReviewStatistics;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.designcoach.session.AttemptService;
import org.designcoach.session.Stage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Cohort reports, for administrators (every cohort) and mentors (the cohorts they mentor). A cohort
 * someone may not read is answered as one that does not exist, so that trying numbers reveals nothing.
 */
@Service
public class CohortReports {

    static final String NOT_YOURS = "There is no cohort by that number among those whose report you may read.";

    private final Mentorship mentorship;
    private final AttemptService attempts;
    private final ReviewStatistics reviews;
    private final Clock clock;

    CohortReports(Mentorship mentorship, AttemptService attempts, ReviewStatistics reviews, Clock clock) {
        this.mentorship = mentorship;
        this.attempts = attempts;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The cohorts whose report the signed-in person may read, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MENTOR')")
    public List<CohortSummary> cohorts() {
        return mentorship.cohortsReportedTo(CurrentUser.username(), CurrentUser.hasRole(Role.ADMIN));
    }

    /** One cohort's report over the last weeks, up to today (UTC). */
    @PreAuthorize("hasAnyRole('ADMIN', 'MENTOR')")
    public CohortReport report(long cohortId) {
        CohortSummary cohort = cohorts().stream().filter(found -> found.id() == cohortId).findFirst()
                .orElseThrow(() -> new ReportException(NOT_YOURS));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var since = CohortReportCalculator.weeksEndingWith(today).getFirst().atStartOfDay(ZoneOffset.UTC).toInstant();
        return CohortReportCalculator.report(cohort, attempts.historyOfCohort(cohort),
                reviews.figuresFor(cohort, since), today);
    }

    /** The report's learners as CSV: one row per learner, one column per week and per stage. */
    public static String csv(CohortReport report) {
        List<String> header = new ArrayList<>(List.of("learner"));
        report.weeks().forEach(monday -> header.add("attempts week of " + monday));
        header.addAll(List.of("attempts", "finished", "average score"));
        for (Stage stage : Stage.values()) {
            header.add(stage.title().toLowerCase(java.util.Locale.ROOT) + " score");
        }
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (LearnerRow row : report.learners()) {
                printer.printRecord(values(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static List<Object> values(LearnerRow row) {
        List<Object> values = new ArrayList<>();
        // A name starting with = + - @ would be a formula to a spreadsheet: quoted with a leading apostrophe.
        values.add(row.learner().matches("^[=+\\-@].*") ? "'" + row.learner() : row.learner());
        values.addAll(row.attemptsPerWeek());
        values.add(row.attempts());
        values.add(row.finished());
        values.add(row.averageScore() == null ? "" : row.averageScore());
        for (Stage stage : Stage.values()) {
            Integer score = row.stageScores().get(stage);
            values.add(score == null ? "" : score);
        }
        return values;
    }
}
