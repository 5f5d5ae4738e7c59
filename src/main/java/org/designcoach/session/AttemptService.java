package org.designcoach.session;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.cohort.Mentorship;
import org.designcoach.content.CaseStudy;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts opened read-only: by their owner, by a mentor of a cohort the owner belongs to, or by an
 * administrator (who runs the instance and reads its cohort reports and reviews anyway). Anyone else is told there is no such attempt, so that changing the number in an address
 * reveals nothing.
 */
@Service
public class AttemptService {

    static final String NOT_YOURS = "There is no such attempt among those you may open.";

    private final PracticeSessionRepository sessions;
    private final SessionService service;
    private final Mentorship mentorship;

    AttemptService(PracticeSessionRepository sessions, SessionService service, Mentorship mentorship) {
        this.sessions = sessions;
        this.service = service;
        this.mentorship = mentorship;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Attempt attempt(long id) {
        PracticeSession session = readable(id);
        SessionState state = service.state(session);
        CaseStudy study = service.caseOf(session);
        SessionReport report = session.getStatus() == SessionStatus.FINISHED ? service.reportOf(session) : null;
        return new Attempt(session.getOwner(), session.getStartedAt(), state, study, service.assess(session, state.answers()),
                worksheet(study, state.answers()), EstimationGrading.peakQps(study, state.answers()).orElse(null),
                report, service.compareWithReference(state.answers().design(), study));
    }

    /** The catalog's components, for drawing an attempt's design. */
    @PreAuthorize("isAuthenticated()")
    public List<PaletteItem> palette() {
        return service.palette();
    }

    private static List<Attempt.WorksheetLine> worksheet(CaseStudy study, SessionAnswers answers) {
        Map<String, EstimationGrading.Line> checks = new HashMap<>();
        EstimationGrading.grade(study, answers).lines().forEach(line -> checks.put(line.id(), line));
        return study.estimate().results().stream().map(result -> {
            EstimationGrading.Line check = checks.get(result.id());
            return new Attempt.WorksheetLine(result.label(), answers.estimates().getOrDefault(result.id(), ""),
                    result.value(), check == null ? "" : check.verdict(), check == null ? "" : check.explanation());
        }).toList();
    }

    /**
     * Every attempt of a learner that was not discarded, newest first, with the result kept when each
     * finished. One query reads them all; only the small result documents are parsed. An attempt that
     * finished before results were kept gets its result computed here once and written back, which is
     * why this reads in a writing transaction.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<AttemptResult> history(String learner) {
        if (!mayOpenAttemptsOf(learner)) {
            throw new SessionException(NOT_YOURS);
        }
        return sessions.findAttemptRows(learner, SessionStatus.DISCARDED).stream()
                .map(row -> AttemptResults.read(row, service.title(row.caseId()), resultJson(row))).toList();
    }

    /**
     * Every attempt of every learner of a cohort, for its report: to an administrator, or to a mentor
     * of that very cohort. Anyone else is refused as for an attempt that does not exist.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MENTOR')")
    @Transactional
    public List<AttemptResult> historyOfCohort(CohortSummary cohort) {
        boolean reportedTo = CurrentUser.hasRole(Role.ADMIN)
                || CurrentUser.hasRole(Role.MENTOR) && cohort.mentors().contains(CurrentUser.username());
        if (!reportedTo) {
            throw new SessionException(NOT_YOURS);
        }
        return cohort.learners().stream().flatMap(learner -> sessions.findAttemptRows(learner, SessionStatus.DISCARDED)
                .stream().map(row -> AttemptResults.read(row, service.title(row.caseId()), resultJson(row)))).toList();
    }

    /** How much each of these learners has practised, in the order asked; every one must be openable. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LearnerActivity> activityOf(Collection<String> learners) {
        if (learners.isEmpty()) {
            return List.of();
        }
        if (!learners.stream().allMatch(this::mayOpenAttemptsOf)) {
            throw new SessionException(NOT_YOURS);
        }
        Map<String, LearnerActivity> found = sessions.activityOf(learners, SessionStatus.FINISHED,
                SessionStatus.DISCARDED).stream().collect(Collectors.toMap(LearnerActivity::learner, Function.identity()));
        return learners.stream().map(learner -> found.getOrDefault(learner, new LearnerActivity(learner, 0, 0, null, null)))
                .toList();
    }

    /** The stored result, or for a finished attempt from before results were kept, one computed and stored now. */
    private @Nullable String resultJson(AttemptRow row) {
        if (row.resultJson() != null || row.status() != SessionStatus.FINISHED) {
            return row.resultJson();
        }
        return sessions.findById(row.id()).flatMap(service::resultOf).map(result -> {
            String json = AttemptResults.write(result);
            sessions.storeResult(row.id(), json, result.overall());
            return json;
        }).orElse(null);
    }

    /** True when the signed-in person may open this learner's attempts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayOpenAttemptsOf(String learner) {
        String me = CurrentUser.username();
        return me.equals(learner) || CurrentUser.hasRole(Role.ADMIN)
                || (CurrentUser.hasRole(Role.MENTOR) && mentorship.mentors(me, learner));
    }

    PracticeSession readable(long id) {
        PracticeSession session = sessions.findById(id).filter(found -> found.getStatus() != SessionStatus.DISCARDED)
                .orElseThrow(() -> new SessionException(NOT_YOURS));
        if (!mayOpenAttemptsOf(session.getOwner())) {
            throw new SessionException(NOT_YOURS);
        }
        return session;
    }
}
