package org.designcoach.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeSessionRepository extends JpaRepository<PracticeSession, Long> {

    Optional<PracticeSession> findByIdAndOwner(long id, String owner);

    boolean existsByOwnerAndCaseIdAndStatus(String owner, String caseId, SessionStatus status);

    List<PracticeSession> findByOwnerAndStatusNotOrderByUpdatedAtDesc(String owner, SessionStatus status);

    List<PracticeSession> findByOwnerOrderByIdAsc(String owner);

    /** A learner's attempts without their answers and clocks, newest first: one query for a whole history. */
    @Query("""
            select new org.designcoach.session.AttemptRow(s.id, s.owner, s.caseId, s.mode, s.level, s.status,
                s.startedAt, s.finishedAt, s.resultJson)
            from PracticeSession s
            where s.owner = :owner and s.status <> :excluded
            order by s.startedAt desc, s.id desc""")
    List<AttemptRow> findAttemptRows(String owner, SessionStatus excluded);

    /**
     * Writes a result computed after the fact. A bulk update, so that the row's version stays: the
     * attempt itself did not change, and whoever holds it open must not be told that it did.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update PracticeSession s set s.resultJson = :json, s.overallScore = :overall
            where s.id = :id and s.resultJson is null""")
    int storeResult(long id, String json, int overall);

    /** Per learner: attempts not discarded, how many finished, the last change to any, the average finished score. */
    @Query("""
            select new org.designcoach.session.LearnerActivity(s.owner, count(s),
                sum(case when s.status = :finished then 1 else 0 end), max(s.updatedAt),
                avg(case when s.status = :finished then s.overallScore else null end))
            from PracticeSession s
            where s.owner in :owners and s.status <> :excluded
            group by s.owner""")
    List<LearnerActivity> activityOf(Collection<String> owners, SessionStatus finished, SessionStatus excluded);
}
