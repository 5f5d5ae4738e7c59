package org.designcoach.session;

import org.designcoach.content.AttemptHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the content library who has finished a session of which case. */
@Component
class SessionAttempts implements AttemptHistory {

    private final PracticeSessionRepository sessions;

    SessionAttempts(PracticeSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasFinished(String username, String caseId) {
        return sessions.existsByOwnerAndCaseIdAndStatus(username, caseId, SessionStatus.FINISHED);
    }
}
