package org.designcoach.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.cohort.Mentorship;
import org.designcoach.content.CaseStudy;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts opened read-only: by their owner, or by a mentor of a cohort the owner belongs to.
 * Anyone else is told there is no such attempt, so that changing the number in an address
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
        return new Attempt(session.getOwner(), session.getStartedAt(), state, study, service.assess(session.getCaseId(), state.answers()),
                worksheet(study, state.answers()), EstimationGrading.peakQps(study, state.answers()).orElse(null),
                report);
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

    /** True when the signed-in person may open this learner's attempts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayOpenAttemptsOf(String learner) {
        String me = CurrentUser.username();
        return me.equals(learner) || (CurrentUser.hasRole(Role.MENTOR) && mentorship.mentors(me, learner));
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
