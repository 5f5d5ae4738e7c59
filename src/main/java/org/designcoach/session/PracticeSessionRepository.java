package org.designcoach.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeSessionRepository extends JpaRepository<PracticeSession, Long> {

    Optional<PracticeSession> findByIdAndOwner(long id, String owner);

    boolean existsByOwnerAndCaseIdAndStatus(String owner, String caseId, SessionStatus status);

    List<PracticeSession> findByOwnerAndStatusNotOrderByUpdatedAtDesc(String owner, SessionStatus status);

    List<PracticeSession> findByOwnerOrderByIdAsc(String owner);
}
