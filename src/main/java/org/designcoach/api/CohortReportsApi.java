package org.designcoach.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.reporting.CohortReport;
import org.designcoach.reporting.CohortReports;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cohort reports, read-only, for administrators (every cohort) and mentors (their own cohorts). */
@RestController
@RequestMapping(path = "/api/v1/cohorts")
class CohortReportsApi {

    static final String CSV = "text/csv";

    private final CohortReports reports;

    CohortReportsApi(CohortReports reports) {
        this.reports = reports;
    }

    /** A cohort as listed: who is in it; no figures. */
    record CohortRef(long id, String name, int learners, List<String> mentors) {

        static CohortRef of(CohortSummary cohort) {
            return new CohortRef(cohort.id(), cohort.name(), cohort.learners().size(), cohort.mentors());
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The cohorts whose report the token's owner may read (every cohort for an administrator)")
    List<CohortRef> cohorts() {
        return reports.cohorts().stream().map(CohortRef::of).toList();
    }

    @GetMapping(path = "/{cohortId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A cohort's report over the last eight weeks",
            description = "Attempts per learner and week, the average score of each stage, the weakest skills, and "
                    + "the reviews waiting with the mentors' turnaround (durations in ISO 8601, e.g. PT5H30M).")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", description = "No cohort with this id among those the token's owner may read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    CohortReport report(@PathVariable long cohortId) {
        return reports.report(cohortId);
    }

    @GetMapping(path = "/{cohortId}/report.csv", produces = CSV)
    @Operation(summary = "The report's learners as CSV: one row per learner, a column per week and per stage")
    @ApiResponse(responseCode = "200", description = "The CSV, UTF-8, with a header row",
            content = @Content(mediaType = CSV))
    String reportCsv(@PathVariable long cohortId) {
        return CohortReports.csv(reports.report(cohortId));
    }
}
