package org.designcoach.api;

import java.util.List;
import org.designcoach.content.InvalidDesignException;
import org.designcoach.scoring.UnknownCaseException;
import org.designcoach.simulation.SimulationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.designcoach.traffic.SimulationsBusyException;
import org.designcoach.reporting.ReportException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of the API as a problem document (RFC 9457): the framework's own (wrong method,
 * wrong media type, a parameter that is not a number) through the base class, ours below.
 */
@RestControllerAdvice(assignableTypes = {CasesApi.class, SimulateApi.class, CohortReportsApi.class})
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    ProblemDetail invalidDesign(InvalidDesignException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary(e.problems()));
        problem.setTitle("Invalid design");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownCase(UnknownCaseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e.getMessage() + " GET /api/v1/cases lists the cases.");
        problem.setTitle("Unknown case");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownCohort(ReportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e.getMessage() + " GET /api/v1/cohorts lists those you may read.");
        problem.setTitle("Unknown cohort");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail cannotSimulate(SimulationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Cannot simulate");
        return problem;
    }

    /** More specific than {@link SimulationException}, so this handler wins for it. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManySimulations(SimulationsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many simulations at once");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(SimulationsBusyException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter");
        return problem;
    }

    /** A token whose owner lacks the role an endpoint asks for (a learner asking for cohort reports). */
    @ExceptionHandler
    ProblemDetail notAllowed(org.springframework.security.access.AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The token's owner may not call this endpoint: cohort reports are for administrators and mentors.");
        problem.setTitle("Not allowed");
        return problem;
    }

    /** Not expected: logged in full, answered without internals. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("API call failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error is logged.");
    }

    private static String summary(List<String> problems) {
        return problems.size() == 1 ? problems.getFirst()
                : "The design has " + problems.size() + " problems; 'problems' lists them.";
    }
}
