package org.designcoach.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewSubmissionRepository extends JpaRepository<ReviewSubmission, Long> {

    List<ReviewSubmission> findByLearnerOrderBySubmittedAtDescIdDesc(String learner);

    Optional<ReviewSubmission> findByOpenAttemptId(long attemptId);

    List<ReviewSubmission> findByStatus(ReviewStatus status);

    List<ReviewSubmission> findByLearnerIn(Collection<String> learners);

    /** An attempt's submissions in this status, the latest returned first. */
    List<ReviewSubmission> findByAttemptIdAndStatusOrderByReturnedAtDescIdDesc(long attemptId, ReviewStatus status);

    /** The queue of these learners' submissions, oldest first. */
    @Query("""
            select s from ReviewSubmission s
            where s.learner in :learners and s.status in :statuses
              and (:caseId is null or s.caseId = :caseId) and (:level is null or s.level = :level)
            order by s.submittedAt, s.id""")
    List<ReviewSubmission> queue(Collection<String> learners, Collection<ReviewStatus> statuses,
            @Nullable String caseId, @Nullable String level);

    List<ReviewSubmission> findByMentor(String mentor);

    /** The reviews a mentor wrote, renamed to the anonymous id that stands for them once they are erased. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ReviewSubmission s set s.mentor = :anonymousId, s.version = s.version + 1 where s.mentor = :mentor")
    int renameMentor(String mentor, String anonymousId);

    /**
     * Claims a waiting submission in one conditional update, so that of two mentors claiming at the
     * same moment exactly one changes the row; the other's update matches nothing and returns 0.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReviewSubmission s set s.status = :claimed, s.mentor = :mentor, s.claimedAt = :now,
              s.version = s.version + 1
            where s.id = :id and s.status = :waiting""")
    int claim(long id, String mentor, Instant now, ReviewStatus waiting, ReviewStatus claimed);
}
