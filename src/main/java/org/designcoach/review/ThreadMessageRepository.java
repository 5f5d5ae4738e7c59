package org.designcoach.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreadMessageRepository extends JpaRepository<ThreadMessage, Long> {

    /** A review's conversation, oldest first. */
    List<ThreadMessage> findBySubmissionIdOrderByCreatedAtAscIdAsc(long submissionId);

    boolean existsBySubmissionIdAndSide(long submissionId, ReviewMessage.Side side);
}
