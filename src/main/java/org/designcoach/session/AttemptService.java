package org.designcoach.session;

import org.designcoach.cohort.Mentorship;
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
        SessionReport report = session.getStatus() == SessionStatus.FINISHED ? service.reportOf(session) : null;
        return new Attempt(session.getOwner(), state, service.assess(session.getCaseId(), state.answers()), report);
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
