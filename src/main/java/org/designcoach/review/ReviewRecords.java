package org.designcoach.review;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentService;
import org.designcoach.session.Attempt;
import org.designcoach.session.AttemptService;
import org.designcoach.session.SessionException;
import org.springframework.stereotype.Component;

/** Turns submissions into the records pages and the export show, and reads the attempt behind one. */
@Component
class ReviewRecords {

    static final String NO_SUCH_ATTEMPT = "There is no such attempt of yours to submit.";

    private final AttemptService attempts;
    private final ContentService content;
    private final ThreadMessageRepository messages;

    ReviewRecords(AttemptService attempts, ContentService content, ThreadMessageRepository messages) {
        this.attempts = attempts;
        this.content = content;
        this.messages = messages;
    }

    /** The attempt as the signed-in person may read it; the attempt feature checks who that is. */
    Attempt attempt(long attemptId) {
        try {
            return attempts.attempt(attemptId);
        } catch (SessionException e) {
            throw new ReviewException(NO_SUCH_ATTEMPT);
        }
    }

    SubmissionSummary summary(ReviewSubmission submission) {
        return new SubmissionSummary(submission.getId(), submission.getAttemptId(), submission.getLearner(),
                submission.getCaseId(), caseTitle(submission.getCaseId()), submission.getLevel(),
                submission.getStatus(), submission.getMentor(), submission.getSubmittedAt(),
                submission.getReturnedAt(),
                messages.existsBySubmissionIdAndSide(submission.getId(), ReviewMessage.Side.LEARNER));
    }

    ReviewDetail detail(ReviewSubmission submission, ReviewDetail.Viewer viewer) {
        Attempt attempt = attempt(submission.getAttemptId());
        boolean shows = viewer != ReviewDetail.Viewer.LEARNER || submission.getStatus() == ReviewStatus.RETURNED;
        return new ReviewDetail(summary(submission), submission.getQuestion(), attempt,
                shows ? submission.getLevels() : Map.of(), shows ? submission.getRecommendation() : null,
                shows ? submission.getComments() : List.of(), shows ? submission.getSummary() : null,
                viewer == ReviewDetail.Viewer.OTHER_MENTOR ? List.of() : thread(submission),
                submission.getVersion(), viewer, attempt.state().version() != submission.getAttemptVersion());
    }

    ExportedReview exported(ReviewSubmission submission) {
        boolean returned = submission.getStatus() == ReviewStatus.RETURNED;
        return new ExportedReview(submission.getId(), submission.getAttemptId(), submission.getCaseId(),
                submission.getLevel(), submission.getStatus(), submission.getQuestion(), submission.getSubmittedAt(),
                submission.getMentor(), submission.getReturnedAt(), returned ? submission.getLevels() : Map.of(),
                returned ? submission.getRecommendation() : null, returned ? submission.getComments() : List.of(),
                returned ? submission.getSummary() : null, thread(submission));
    }

    /** The submission's conversation, oldest first. */
    List<ReviewMessage> thread(ReviewSubmission submission) {
        return messages.findBySubmissionIdOrderByCreatedAtAscIdAsc(submission.getId()).stream()
                .map(ThreadMessage::toRecord).toList();
    }

    String caseTitle(String caseId) {
        return content.caseStudy(caseId).map(CaseStudy::title).orElse(caseId);
    }

    /** Every case of the library by id, for the queue's filter. */
    Map<String, String> caseTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        content.library().allCases().stream().sorted(Comparator.comparing(CaseStudy::title))
                .forEach(study -> titles.put(study.id(), study.title()));
        return titles;
    }
}
