package org.designcoach.session;

import java.time.Instant;
import org.designcoach.backup.PersonalData;
import org.designcoach.design.DesignJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Every practice session in a person's own data export, discarded ones too, with answers and clock as JSON. */
@Component
class SessionPersonalData implements PersonalData {

    private final PracticeSessionRepository sessions;

    SessionPersonalData(PracticeSessionRepository sessions) {
        this.sessions = sessions;
    }

    record SessionSection(long id, String caseId, String contentVersion, Mode mode, String level,
            SessionStatus status, Instant startedAt, Instant updatedAt, @Nullable Instant finishedAt, JsonNode clock,
            JsonNode answers) {
    }

    @Override
    public String section() {
        return "practiceSessions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(String username) {
        return sessions.findByOwnerOrderByIdAsc(username).stream().map(SessionPersonalData::section).toList();
    }

    private static SessionSection section(PracticeSession session) {
        return new SessionSection(session.getId(), session.getCaseId(), session.getContentVersion(),
                session.getMode(), session.getLevel(), session.getStatus(), session.getStartedAt(),
                session.getUpdatedAt(), session.getFinishedAt(), DesignJson.MAPPER.readTree(session.getClockJson()),
                DesignJson.MAPPER.readTree(session.getAnswersJson()));
    }
}
