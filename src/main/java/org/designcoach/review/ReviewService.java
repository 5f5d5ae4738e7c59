package org.designcoach.review;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.cohort.Mentorship;
import org.designcoach.content.CanvasPalette;
import org.designcoach.content.ContentService;
import org.designcoach.security.CurrentUser;
import org.designcoach.session.Attempt;
import org.designcoach.session.SessionReport;
import org.designcoach.session.SessionStatus;
import org.designcoach.session.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor reviews from both sides. Learners submit their finished attempts (their cohorts' mentors are
 * told) and follow them; mentors see the queue of their cohorts, claim a submission, review it and
 * return it; then the learner and the mentor talk it over, as many messages each way as they need.
 * Every method checks the signed-in person here, not in the pages: see {@link SubmissionAccess} for
 * who reaches what.
 */
@Service
public class ReviewService {

    static final String CLAIMED_BY_ANOTHER = "Another mentor claimed this a moment ago.";

    private final ReviewSubmissionRepository submissions;
    private final ThreadMessageRepository messages;
    private final SubmissionAccess access;
    private final ReviewRecords records;
    private final Mentorship mentorship;
    private final ContentService content;
    private final Rubric rubric;
    private final ReviewNotifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewSubmissionRepository submissions, ThreadMessageRepository messages, SubmissionAccess access,
            ReviewRecords records, Mentorship mentorship, ContentService content, Rubric rubric,
            ReviewNotifier notifier, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.messages = messages;
        this.access = access;
        this.records = records;
        this.mentorship = mentorship;
        this.content = content;
        this.rubric = rubric;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /** A finished attempt of the signed-in learner, as the submit page shows it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptToSubmit attemptToSubmit(long attemptId) {
        Attempt attempt = finishedAttemptOfMine(attemptId);
        SessionReport report = attempt.finishedReport().orElseThrow();
        Map<Stage, Integer> scores = new EnumMap<>(Stage.class);
        report.stages().forEach((stage, result) -> scores.put(stage, result.score()));
        return new AttemptToSubmit(attemptId, attempt.state().caseTitle(), attempt.state().level(),
                attempt.state().mode(), report.overall(), scores,
                !mentorship.cohortsOf(CurrentUser.username()).isEmpty(),
                submissions.findByOpenAttemptId(attemptId).map(ReviewSubmission::getId).orElse(null));
    }

    /**
     * Submits a finished attempt of the signed-in learner, with an optional question for the mentor;
     * every mentor of the learner's cohorts is told (in the app, and by email where they asked for it).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SubmissionSummary submit(long attemptId, String question) {
        Attempt attempt = finishedAttemptOfMine(attemptId);
        String text = PlainText.checked(question, "question", false);
        if (submissions.findByOpenAttemptId(attemptId).isPresent()) {
            throw alreadyOpen();
        }
        ReviewSubmission submission;
        try {
            submission = submissions.saveAndFlush(new ReviewSubmission(attemptId, attempt.state().version(),
                    attempt.owner(), attempt.state().caseId(), attempt.state().level(), text, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw alreadyOpen();
        }
        events.publishEvent(new ReviewEvents.Submitted(submission.getId(), attemptId, attempt.owner(), null,
                submission.getSubmittedAt()));
        String note = attempt.owner() + " asked for a review of " + attempt.state().caseTitle() + ".";
        mentorship.mentorsOf(attempt.owner()).stream().filter(mentor -> !mentor.equals(attempt.owner()))
                .forEach(mentor -> notifier.send(mentor, note, link(submission.getId())));
        return records.summary(submission);
    }

    /** The signed-in learner's submissions, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SubmissionSummary> mine() {
        return submissions.findByLearnerOrderBySubmittedAtDescIdDesc(CurrentUser.username()).stream()
                .map(records::summary).toList();
    }

    /** The submissions of the learners in the signed-in mentor's cohorts, oldest first. */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional(readOnly = true)
    public List<SubmissionSummary> queue(QueueFilter filter) {
        SubmissionAccess.requireMentor();
        List<String> learners = mentorship.cohortsMentoredBy(CurrentUser.username()).stream()
                .filter(cohort -> filter.cohortId() == null || cohort.id() == filter.cohortId())
                .flatMap(cohort -> cohort.learners().stream()).distinct().toList();
        if (learners.isEmpty()) {
            return List.of();
        }
        Set<ReviewStatus> statuses = filter.includeReturned() ? EnumSet.allOf(ReviewStatus.class)
                : EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.CLAIMED);
        return submissions.queue(learners, statuses, filter.caseId(), filter.level()).stream()
                .map(records::summary).toList();
    }

    /** The cohorts the signed-in mentor is assigned to, for the queue's filter. */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional(readOnly = true)
    public List<CohortSummary> cohortsIMentor() {
        SubmissionAccess.requireMentor();
        return mentorship.cohortsMentoredBy(CurrentUser.username());
    }

    /** Every case by id with its title, for the queue's filter. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> caseTitles() {
        return records.caseTitles();
    }

    /**
     * Assigns a waiting submission to the signed-in mentor. Exactly one of two mentors who claim at the
     * same moment wins; the other is told so.
     */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail claim(long submissionId) {
        SubmissionAccess.requireMentor();
        ReviewSubmission submission = access.readable(submissionId);
        if (viewer(submission) == ReviewDetail.Viewer.LEARNER) {
            throw new ReviewException("A mentor of one of your cohorts reviews your attempt; you cannot claim it.");
        }
        String me = CurrentUser.username();
        if (me.equals(submission.getMentor())) {
            return records.detail(submission, ReviewDetail.Viewer.REVIEWER);
        }
        if (submission.getStatus() != ReviewStatus.SUBMITTED) {
            throw new ReviewException(submission.getStatus() == ReviewStatus.RETURNED
                    ? "This submission was already reviewed and returned." : CLAIMED_BY_ANOTHER);
        }
        Instant now = clock.instant();
        if (!claimed(submissionId, me, now)) {
            throw new ReviewException(CLAIMED_BY_ANOTHER);
        }
        events.publishEvent(new ReviewEvents.Claimed(submissionId, submission.getAttemptId(),
                submission.getLearner(), me, now));
        return records.detail(access.readable(submissionId), ReviewDetail.Viewer.REVIEWER);
    }

    /** A submission with its review, as the signed-in learner or mentor may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReviewDetail open(long submissionId) {
        ReviewSubmission submission = access.readable(submissionId);
        return records.detail(submission, viewer(submission));
    }

    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail rate(long submissionId, long version, Stage stage, int level) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        submission.rate(stage, level);
        return reviewerView(submission);
    }

    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail recommend(long submissionId, long version, Recommendation recommendation) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        submission.recommend(recommendation);
        return reviewerView(submission);
    }

    /** The mentor's overall word to the learner, shown above the rubric once returned; blank removes it. */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail summarise(long submissionId, long version, String text) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        submission.summarise(PlainText.checked(text, "summary", false));
        return reviewerView(submission);
    }

    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail commentOnStage(long submissionId, long version, Stage stage, String text) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        submission.comment(PinnedComment.onStage(stage, PlainText.checked(text, "comment", true), clock.instant()));
        return reviewerView(submission);
    }

    /** A comment on one component; the component must be in the design the learner submitted. */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail commentOnComponent(long submissionId, long version, String componentId, String text) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        String checked = PlainText.checked(text, "comment", true);
        var design = records.attempt(submission.getAttemptId()).state().answers().design();
        if (design == null || design.component(componentId).isEmpty()) {
            throw new ReviewException("The design has no component '" + componentId + "'. Pick one of its "
                    + "components, or pin the comment to a stage instead.");
        }
        submission.comment(PinnedComment.onComponent(componentId, checked, clock.instant()));
        return reviewerView(submission);
    }

    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail removeComment(long submissionId, long version, long commentId) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        submission.removeComment(commentId);
        return reviewerView(submission);
    }

    /**
     * Finishes the review and hands it to the learner. Refused while a stage has no level or the
     * recommendation is missing, and when the attempt changed since it was submitted; the draft stays.
     */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public ReviewDetail returnToLearner(long submissionId, long version) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        if (records.attempt(submission.getAttemptId()).state().version() != submission.getAttemptVersion()) {
            throw new ReviewException("The learner's attempt changed after it was submitted, so this review no "
                    + "longer matches what they did. Your levels and comments are kept; read the attempt again "
                    + "before you return the review.");
        }
        Instant now = clock.instant();
        submission.returnToLearner(now);
        ReviewDetail detail = reviewerView(submission);
        events.publishEvent(new ReviewEvents.Returned(submissionId, submission.getAttemptId(),
                submission.getLearner(), CurrentUser.username(), now));
        notifier.send(submission.getLearner(), CurrentUser.username() + " returned your review of "
                + detail.summary().caseTitle() + ".", link(submissionId));
        return detail;
    }

    /**
     * The claiming mentor gives the submission back to the queue, for another mentor to claim; the
     * draft (levels, recommendation, comments) is discarded.
     */
    @PreAuthorize("hasRole('MENTOR')")
    @Transactional
    public void release(long submissionId, long version) {
        ReviewSubmission submission = access.reviewedByMe(submissionId, version);
        submission.release();
        events.publishEvent(new ReviewEvents.Released(submissionId, submission.getAttemptId(),
                submission.getLearner(), CurrentUser.username(), CurrentUser.username(), clock.instant()));
    }

    /**
     * The conversation about a review, oldest first: for its learner, the mentor who claimed it and
     * admins. Other mentors of the learner are refused, strangers told there is no such submission.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewMessage> conversation(long submissionId) {
        return records.thread(access.inConversation(submissionId));
    }

    /**
     * Adds a message to the conversation about a returned review and tells the other side: the mentor
     * when the learner writes, the learner when the mentor writes, both when an admin does. Returns the
     * whole conversation.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<ReviewMessage> post(long submissionId, String text) {
        ReviewSubmission submission = access.inConversation(submissionId);
        submission.requireReturned();
        String body = PlainText.checked(text, "message", true);
        String me = CurrentUser.username();
        ReviewMessage.Side side = switch (viewer(submission)) {
            case LEARNER -> ReviewMessage.Side.LEARNER;
            case REVIEWER -> ReviewMessage.Side.MENTOR;
            case ADMIN -> ReviewMessage.Side.ADMIN;
            case OTHER_MENTOR -> throw new ReviewException(SubmissionAccess.NOT_IN_CONVERSATION);
        };
        Instant now = clock.instant();
        messages.saveAndFlush(new ThreadMessage(submissionId, me, side, body, now));
        String learner = submission.getLearner();
        String mentor = submission.getMentor();
        if (side == ReviewMessage.Side.LEARNER && mentor != null) {
            events.publishEvent(new ReviewEvents.Replied(submissionId, submission.getAttemptId(), learner, mentor, now));
        }
        String caseTitle = records.caseTitle(submission.getCaseId());
        String who = side == ReviewMessage.Side.ADMIN ? me + " (admin) wrote about" : me + " replied to";
        if (side != ReviewMessage.Side.MENTOR && mentor != null && !mentor.equals(me)) {
            notifier.send(mentor, who + " your review of " + caseTitle + ".", link(submissionId));
        }
        if (side != ReviewMessage.Side.LEARNER) {
            notifier.send(learner, who + " the review of your " + caseTitle + ".", link(submissionId));
        }
        return records.thread(submission);
    }

    /** Everything this feature keeps about the signed-in learner, for the export of their own data. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExportedReview> exportFor(String learner) {
        if (!learner.equals(CurrentUser.username())) {
            throw new AccessDeniedException("Only the learner can export their own reviews.");
        }
        return submissions.findByLearnerOrderBySubmittedAtDescIdDesc(learner).stream().map(records::exported)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Rubric rubric() {
        return rubric;
    }

    /** The component types the read-only canvas draws with. */
    @PreAuthorize("isAuthenticated()")
    public List<PaletteItem> palette() {
        return CanvasPalette.of(content.library().catalog());
    }

    private Attempt finishedAttemptOfMine(long attemptId) {
        Attempt attempt = records.attempt(attemptId);
        if (!attempt.owner().equals(CurrentUser.username())) {
            throw new ReviewException(ReviewRecords.NO_SUCH_ATTEMPT);
        }
        if (attempt.state().status() != SessionStatus.FINISHED) {
            throw new ReviewException("Finish this attempt first: a mentor reviews a finished attempt with its "
                    + "report.");
        }
        return attempt;
    }

    /**
     * The conditional update either changes the row or matches nothing; a database that refuses the
     * second of two simultaneous updates with a lock error (rather than re-reading the row) also lost.
     */
    private boolean claimed(long submissionId, String mentor, Instant now) {
        try {
            return submissions.claim(submissionId, mentor, now, ReviewStatus.SUBMITTED, ReviewStatus.CLAIMED) == 1;
        } catch (ConcurrencyFailureException e) {
            return false;
        }
    }

    private ReviewDetail.Viewer viewer(ReviewSubmission submission) {
        ReviewDetail.Viewer viewer = access.viewerOf(submission);
        if (viewer == null) {
            throw new ReviewException(SubmissionAccess.NO_SUCH_SUBMISSION);
        }
        return viewer;
    }

    private ReviewDetail reviewerView(ReviewSubmission submission) {
        return records.detail(access.saved(submission), ReviewDetail.Viewer.REVIEWER);
    }

    private static ReviewException alreadyOpen() {
        return new ReviewException("This attempt is already waiting for a review. Follow it under My reviews; "
                + "you can submit it again once its review is returned.");
    }

    private static String link(long submissionId) {
        return "reviews/" + submissionId;
    }
}
