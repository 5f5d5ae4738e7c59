package org.designcoach.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designcoach.review.ReviewFixtures.finishedAttempt;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.cohort.Mentorship;
import org.designcoach.content.ContentService;
import org.designcoach.notification.NotificationItem;
import org.designcoach.notification.Notifications;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.SessionService;
import org.designcoach.session.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class ReviewServiceTest {

    /** Built here with a clock the test moves and recorders for events and notifications. */
    private ReviewService reviews;

    private final MutableClock clock = MutableClock.startingAt("2026-11-25T10:00:00Z");
    private final List<Object> events = new ArrayList<>();
    private final List<String> notified = new ArrayList<>();
    private long cohortA;
    private long cohortB;

    @Autowired
    private ReviewService proxiedReviews;
    @Autowired
    private ReviewSubmissionRepository repository;
    @Autowired
    private SubmissionAccess access;
    @Autowired
    private ReviewRecords records;
    @Autowired
    private Mentorship mentorship;
    @Autowired
    private ContentService content;
    @Autowired
    private Rubric rubric;
    @Autowired
    private SessionService sessions;
    @Autowired
    private AccountService accounts;
    @Autowired
    private CohortService cohorts;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Notifications notifications;
    @Autowired
    private EntityManager entityManager;

    @BeforeEach
    void twoCohortsWithTheirMentors() {
        reviews = new ReviewService(repository, access, records, mentorship, content, rubric,
                (recipient, text, link) -> notified.add(recipient + ": " + text + " -> " + link),
                events::add, clock);
        long[] ids = ReviewFixtures.twoCohorts(accounts, cohorts);
        cohortA = ids[0];
        cohortB = ids[1];
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLearnerSubmitsAFinishedAttemptWithAQuestionAndFollowsIt() {
        long attempt = finishedAttempt(sessions, "lena", "mid");

        AttemptToSubmit preview = reviews.attemptToSubmit(attempt);
        SubmissionSummary submitted = reviews.submit(attempt, "  Is one database enough here?  ");

        assertThat(preview.caseTitle()).isEqualTo("URL shortener");
        assertThat(preview.inACohort()).isTrue();
        assertThat(preview.openSubmissionId()).isNull();
        assertThat(submitted.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(reviews.mine()).extracting(SubmissionSummary::id).containsExactly(submitted.id());
        assertThat(reviews.open(submitted.id()).question()).isEqualTo("Is one database enough here?");
        assertThat(reviews.attemptToSubmit(attempt).openSubmissionId()).isEqualTo(submitted.id());
        assertThat(events).singleElement().isInstanceOfSatisfying(ReviewEvents.Submitted.class,
                event -> assertThat(event.learner()).isEqualTo("lena"));
    }

    @Test
    void aSecondOpenSubmissionOfTheSameAttemptIsRefused() {
        long attempt = finishedAttempt(sessions, "lena", "mid");
        reviews.submit(attempt, "");

        assertThatThrownBy(() -> reviews.submit(attempt, "Again")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("already waiting for a review");
        assertThat(reviews.mine()).hasSize(1);
    }

    @Test
    void submittingAnUnfinishedAttemptIsRefused() {
        long attempt = ReviewFixtures.unfinishedAttempt(sessions, "lena", "mid").id();

        assertThatThrownBy(() -> reviews.submit(attempt, "")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Finish this attempt first");
    }

    @Test
    void submittingSomeoneElsesAttemptIsRefusedAsIfItDidNotExist() {
        long lenas = finishedAttempt(sessions, "lena", "mid");

        TestAccounts.signInAs("omar");
        assertThatThrownBy(() -> reviews.submit(lenas, "")).hasMessage(ReviewRecords.NO_SUCH_ATTEMPT);
        TestAccounts.signInAs("mona", Role.MENTOR);
        assertThatThrownBy(() -> reviews.submit(lenas, "")).hasMessage(ReviewRecords.NO_SUCH_ATTEMPT);
        assertThatThrownBy(() -> reviews.submit(999_999L, "")).hasMessage(ReviewRecords.NO_SUCH_ATTEMPT);
    }

    @Test
    void aQuestionLongerThanTwoThousandCharactersIsRefused() {
        long attempt = finishedAttempt(sessions, "lena", "mid");

        assertThatThrownBy(() -> reviews.submit(attempt, "x".repeat(2001))).isInstanceOf(ReviewException.class)
                .hasMessageContaining("at most 2,000 characters").hasMessageContaining("2,001");
        assertThat(reviews.mine()).isEmpty();
    }

    @Test
    void theQueueShowsTheSubmissionsOfTheMentorsOwnCohortsOldestFirst() {
        long omars = submitted("omar", "senior");
        clock.advance(Duration.ofMinutes(5));
        long lenas = submitted("lena", "mid");
        submitted("bea", "mid");

        TestAccounts.signInAs("mona", Role.MENTOR);

        assertThat(reviews.queue(QueueFilter.OPEN)).extracting(SubmissionSummary::id).containsExactly(omars, lenas);
        assertThat(reviews.queue(new QueueFilter(null, null, "mid", false))).extracting(SubmissionSummary::id)
                .containsExactly(lenas);
        assertThat(reviews.queue(new QueueFilter(null, "chat-system", null, false))).isEmpty();
        assertThat(reviews.queue(new QueueFilter(cohortA, ReviewFixtures.CASE, null, false))).hasSize(2);
        assertThat(reviews.queue(new QueueFilter(cohortB, null, null, false))).as("not mona's cohort").isEmpty();
    }

    @Test
    void aReturnedReviewLeavesTheQueueUnlessAskedFor() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        completeDraft(reviews.claim(lenas));
        reviews.returnToLearner(lenas, reviews.open(lenas).version());

        assertThat(reviews.queue(QueueFilter.OPEN)).isEmpty();
        assertThat(reviews.queue(new QueueFilter(null, null, null, true))).extracting(SubmissionSummary::status)
                .containsExactly(ReviewStatus.RETURNED);
    }

    @Test
    void aMentorOfCohortACannotOpenOrClaimACohortBSubmission() {
        long beas = submitted("bea", "mid");

        TestAccounts.signInAs("mona", Role.MENTOR);

        assertThatThrownBy(() -> reviews.open(beas)).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
        assertThatThrownBy(() -> reviews.claim(beas)).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
        assertThatThrownBy(() -> reviews.open(987_654L)).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
    }

    @Test
    void aLearnerCannotOpenAnotherLearnersSubmission() {
        long lenas = submitted("lena", "mid");

        TestAccounts.signInAs("omar");

        assertThatThrownBy(() -> reviews.open(lenas)).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
        assertThatThrownBy(() -> reviews.reply(lenas, "Thanks")).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
    }

    @Test
    void aLearnerCannotClaimNotEvenTheirOwnSubmission() {
        long lenas = submitted("lena", "mid");

        assertThatThrownBy(() -> reviews.claim(lenas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proxiedReviews.claim(lenas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proxiedReviews.queue(QueueFilter.OPEN)).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.open(lenas).summary().status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void ofTwoMentorsOnlyTheFirstClaimsAndTheOtherIsToldSo() {
        long lenas = submitted("lena", "mid");

        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail claimed = reviews.claim(lenas);
        TestAccounts.signInAs("mia", Role.MENTOR);

        assertThatThrownBy(() -> reviews.claim(lenas)).hasMessage("Another mentor claimed this a moment ago.");
        assertThat(claimed.summary().mentor()).isEqualTo("mona");
        assertThat(claimed.viewer()).isEqualTo(ReviewDetail.Viewer.REVIEWER);
        assertThat(reviews.open(lenas).viewer()).isEqualTo(ReviewDetail.Viewer.OTHER_MENTOR);
        assertThat(reviews.queue(QueueFilter.OPEN)).singleElement()
                .satisfies(summary -> assertThat(summary.mentor()).isEqualTo("mona"));
        assertThat(events).filteredOn(ReviewEvents.Claimed.class::isInstance).hasSize(1);
    }

    @Test
    void theLoserOfAClaimIsRefusedByTheConditionalUpdateItself() {
        long lenas = submitted("lena", "mid");

        int first = repository.claim(lenas, "mona", clock.instant(), ReviewStatus.SUBMITTED, ReviewStatus.CLAIMED);
        int second = repository.claim(lenas, "mia", clock.instant(), ReviewStatus.SUBMITTED, ReviewStatus.CLAIMED);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(repository.findById(lenas).orElseThrow().getMentor()).isEqualTo("mona");
    }

    @Test
    void aMentorGivesAClaimedSubmissionBackAndAnotherClaimsItWithoutTheFirstDraft() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = reviews.claim(lenas);
        draft = reviews.commentOnComponent(lenas, draft.version(), "db", "Add a replica.");
        draft = reviews.rate(lenas, draft.version(), Stage.DESIGN, 2);

        reviews.release(lenas, draft.version());
        TestAccounts.signInAs("mia", Role.MENTOR);
        ReviewDetail reclaimed = reviews.claim(lenas);

        assertThat(reclaimed.summary().mentor()).isEqualTo("mia");
        assertThat(reclaimed.comments()).isEmpty();
        assertThat(reclaimed.levels()).isEmpty();
        assertThat(events).filteredOn(ReviewEvents.Released.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ReviewEvents.Released) event).mentor()).isEqualTo("mona"));
    }

    @Test
    void aMentorTakenOffTheCohortLosesTheirClaimSoAnotherMentorCanTakeIt() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.claim(lenas);

        TestAccounts.signInAs("ada", Role.ADMIN);
        cohorts.removeMentor(cohortA, "mona");
        entityManager.flush();
        entityManager.clear();

        ReviewSubmission again = repository.findById(lenas).orElseThrow();
        assertThat(again.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(again.getMentor()).isNull();
        TestAccounts.signInAs("mia", Role.MENTOR);
        assertThat(reviews.claim(lenas).summary().mentor()).isEqualTo("mia");
    }

    @Test
    void aClaimStaysWhenTheMentorStillMentorsTheLearnerThroughTheCohort() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.claim(lenas);

        TestAccounts.signInAs("ada", Role.ADMIN);
        cohorts.removeLearner(cohortA, "omar");

        assertThat(repository.findById(lenas).orElseThrow().getMentor()).isEqualTo("mona");
    }

    @Test
    void onlyTheClaimingMentorGivesASubmissionBack() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        long version = reviews.claim(lenas).version();

        TestAccounts.signInAs("mia", Role.MENTOR);

        assertThatThrownBy(() -> reviews.release(lenas, version)).hasMessage(SubmissionAccess.NOT_YOUR_REVIEW);
    }

    @Test
    void aMentorCannotChangeOrReturnAReviewTheyDidNotClaim() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        long version = reviews.claim(lenas).version();

        TestAccounts.signInAs("mia", Role.MENTOR);

        assertThatThrownBy(() -> reviews.rate(lenas, version, Stage.DESIGN, 3))
                .hasMessage(SubmissionAccess.NOT_YOUR_REVIEW);
        assertThatThrownBy(() -> reviews.commentOnStage(lenas, version, Stage.DESIGN, "Hm"))
                .hasMessage(SubmissionAccess.NOT_YOUR_REVIEW);
        assertThatThrownBy(() -> reviews.returnToLearner(lenas, version)).hasMessage(SubmissionAccess.NOT_YOUR_REVIEW);
        TestAccounts.signInAs("max", Role.MENTOR);
        assertThatThrownBy(() -> reviews.returnToLearner(lenas, version))
                .hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
    }

    @Test
    void returningNeedsALevelForEveryStageAndARecommendationAndKeepsTheDraft() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = reviews.claim(lenas);
        draft = reviews.rate(lenas, draft.version(), Stage.REQUIREMENTS, 3);
        long version = draft.version();

        assertThatThrownBy(() -> reviews.returnToLearner(lenas, version)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Missing: Estimation, High-level design, Deep dive, Bottlenecks and trade-offs");
        for (Stage stage : Stage.values()) {
            draft = reviews.rate(lenas, draft.version(), stage, 2);
        }
        long rated = draft.version();
        assertThatThrownBy(() -> reviews.returnToLearner(lenas, rated)).hasMessageContaining("recommendation");

        draft = reviews.recommend(lenas, rated, Recommendation.ALMOST);
        ReviewDetail returned = reviews.returnToLearner(lenas, draft.version());

        assertThat(returned.summary().status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(returned.levels()).hasSize(5).containsEntry(Stage.DESIGN, 2);
        assertThat(notified).containsExactly("lena: mona returned your review of URL shortener. -> reviews/" + lenas);
        assertThat(events).filteredOn(ReviewEvents.Returned.class::isInstance).hasSize(1);
        long after = returned.version();
        assertThatThrownBy(() -> reviews.rate(lenas, after, Stage.DESIGN, 4)).hasMessageContaining("returned");
    }

    @Test
    void levelsOutsideOneToFourAreRefused() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        long version = reviews.claim(lenas).version();

        assertThatThrownBy(() -> reviews.rate(lenas, version, Stage.DESIGN, 5)).hasMessageContaining("from 1 to 4");
    }

    @Test
    void aDraftFromAnOlderTabIsRefused() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        long opened = reviews.claim(lenas).version();
        reviews.rate(lenas, opened, Stage.DESIGN, 3);

        assertThatThrownBy(() -> reviews.rate(lenas, opened, Stage.DESIGN, 1)).hasMessage(SubmissionAccess.STALE);
        assertThat(reviews.open(lenas).levels()).containsEntry(Stage.DESIGN, 3);
    }

    @Test
    void aReviewOfAnAttemptThatChangedSinceItWasSubmittedIsRefusedAndTheDraftIsKept() {
        long attempt = finishedAttempt(sessions, "lena", "mid");
        long lenas = reviews.submit(attempt, "").id();
        TestAccounts.signInAs("mona", Role.MENTOR);
        long version = completeDraft(reviews.claim(lenas)).version();
        changeBehindTheReviewersBack(attempt);

        assertThat(reviews.open(lenas).attemptChanged()).isTrue();
        assertThatThrownBy(() -> reviews.returnToLearner(lenas, version)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("attempt changed after it was submitted");
        ReviewDetail kept = reviews.open(lenas);
        assertThat(kept.summary().status()).isEqualTo(ReviewStatus.CLAIMED);
        assertThat(kept.levels()).hasSize(5);
        assertThat(kept.recommendation()).isEqualTo(Recommendation.READY);
    }

    @Test
    void commentsArePinnedToAStageOrToAComponentOfTheDesign() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = reviews.claim(lenas);

        draft = reviews.commentOnStage(lenas, draft.version(), Stage.ESTIMATION, "Peak is 3x the average.");
        draft = reviews.commentOnComponent(lenas, draft.version(), "db", "One primary: what if it fails?");

        assertThat(draft.comments()).extracting(ReviewComment::stage).containsExactly(Stage.ESTIMATION, null);
        assertThat(draft.comments()).extracting(ReviewComment::componentId).containsExactly(null, "db");
        long id = draft.comments().getFirst().id();
        draft = reviews.removeComment(lenas, draft.version(), id);
        assertThat(draft.comments()).extracting(ReviewComment::text).containsExactly("One primary: what if it fails?");
    }

    @Test
    void commentsOnComponentsThatAreNotInTheDesignAreRefused() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        long version = reviews.claim(lenas).version();

        assertThatThrownBy(() -> reviews.commentOnComponent(lenas, version, "cache", "Add one"))
                .isInstanceOf(ReviewException.class).hasMessageContaining("no component 'cache'");
        assertThatThrownBy(() -> reviews.commentOnStage(lenas, version, Stage.DESIGN, "   "))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reviews.commentOnStage(lenas, version, Stage.DESIGN, "y".repeat(2001)))
                .hasMessageContaining("at most 2,000 characters");
        assertThat(reviews.open(lenas).comments()).isEmpty();
    }

    @Test
    void theLearnerSeesTheReviewOnlyOnceItIsReturned() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = completeDraft(reviews.claim(lenas));
        reviews.commentOnComponent(lenas, draft.version(), "api", "Stateless: good.");

        TestAccounts.signInAs("lena");
        ReviewDetail before = reviews.open(lenas);
        assertThat(before.showsReview()).isFalse();
        assertThat(before.levels()).isEmpty();
        assertThat(before.comments()).isEmpty();
        assertThat(before.recommendation()).isNull();

        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.returnToLearner(lenas, reviews.open(lenas).version());
        TestAccounts.signInAs("lena");
        ReviewDetail after = reviews.open(lenas);
        assertThat(after.showsReview()).isTrue();
        assertThat(after.levels()).hasSize(5);
        assertThat(after.comments()).extracting(ReviewComment::componentId).containsExactly("api");
        assertThat(after.mayReply()).isTrue();
    }

    @Test
    void theLearnerRepliesOnceAndTheMentorIsToldAndSeesTheReply() {
        long lenas = returnedReview("lena");

        TestAccounts.signInAs("lena");
        assertThatThrownBy(() -> reviews.reply(lenas, " ")).hasMessageContaining("empty");
        ReviewDetail replied = reviews.reply(lenas, "Thank you, I will add a replica.");

        assertThat(replied.mayReply()).isFalse();
        assertThatThrownBy(() -> reviews.reply(lenas, "And another thing")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("already replied");
        assertThat(notified).last().isEqualTo("mona: lena replied to your review of URL shortener. -> reviews/"
                + lenas);
        assertThat(events).last().isInstanceOf(ReviewEvents.Replied.class);
        TestAccounts.signInAs("mona", Role.MENTOR);
        assertThat(reviews.open(lenas).reply()).isEqualTo("Thank you, I will add a replica.");
        assertThatThrownBy(() -> reviews.reply(lenas, "From the mentor")).hasMessageContaining("Only the learner");
    }

    @Test
    void aReplyBeforeTheReviewIsReturnedIsRefused() {
        long lenas = submitted("lena", "mid");

        assertThatThrownBy(() -> reviews.reply(lenas, "Hello?")).hasMessageContaining("once the mentor has returned");
    }

    @Test
    void anAttemptCanBeSubmittedAgainOnceItsReviewIsReturned() {
        long attempt = finishedAttempt(sessions, "lena", "mid");
        long first = reviews.submit(attempt, "").id();
        TestAccounts.signInAs("mona", Role.MENTOR);
        completeDraft(reviews.claim(first));
        reviews.returnToLearner(first, reviews.open(first).version());

        TestAccounts.signInAs("lena");
        SubmissionSummary second = reviews.submit(attempt, "I changed my mind about the cache; is it right now?");

        assertThat(reviews.mine()).extracting(SubmissionSummary::id).containsExactly(second.id(), first);
    }

    @Test
    void theExportHoldsTheLearnersSubmissionsWithTheirReviewsAndNothingElse() {
        long lenas = returnedReview("lena");
        TestAccounts.signInAs("lena");
        reviews.reply(lenas, "Thanks");
        long waiting = submitted("lena", "senior");
        submitted("omar", "mid");
        TestAccounts.signInAs("lena");

        List<ExportedReview> exported = reviews.exportFor("lena");

        assertThat(exported).extracting(ExportedReview::submissionId).containsExactlyInAnyOrder(lenas, waiting);
        ExportedReview returned = exported.stream().filter(e -> e.submissionId() == lenas).findFirst().orElseThrow();
        assertThat(returned.levels()).hasSize(5);
        assertThat(returned.comments()).hasSize(1);
        assertThat(returned.reply()).isEqualTo("Thanks");
        assertThatThrownBy(() -> reviews.exportFor("omar")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLearnerFindsTheReturnedReviewAmongTheirNotificationsAndTheMentorTheReply() {
        long attempt = finishedAttempt(sessions, "lena", "mid");
        long id = proxiedReviews.submit(attempt, "").id();
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = proxiedReviews.claim(id);
        for (Stage stage : Stage.values()) {
            draft = proxiedReviews.rate(id, draft.version(), stage, 3);
        }
        draft = proxiedReviews.recommend(id, draft.version(), Recommendation.READY);
        proxiedReviews.returnToLearner(id, draft.version());

        TestAccounts.signInAs("lena");
        assertThat(notifications.recent(10)).singleElement().satisfies(note -> {
            assertThat(note.text()).isEqualTo("mona returned your review of URL shortener.");
            assertThat(note.link()).isEqualTo("reviews/" + id);
        });
        proxiedReviews.reply(id, "Thanks!");
        TestAccounts.signInAs("mona", Role.MENTOR);
        assertThat(notifications.recent(10)).extracting(NotificationItem::text)
                .containsExactly("lena replied to your review of URL shortener.");
    }

    /** A finished attempt of this learner, submitted; leaves nobody signed in as someone else. */
    private long submitted(String learner, String level) {
        long attempt = finishedAttempt(sessions, learner, level);
        return reviews.submit(attempt, "").id();
    }

    /** A review of the learner's attempt by mona, complete with one comment and returned. */
    private long returnedReview(String learner) {
        long id = submitted(learner, "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = completeDraft(reviews.claim(id));
        draft = reviews.commentOnComponent(id, draft.version(), "db", "Add a replica.");
        reviews.returnToLearner(id, draft.version());
        return id;
    }

    private ReviewDetail completeDraft(ReviewDetail claimed) {
        long id = claimed.summary().id();
        ReviewDetail draft = claimed;
        for (Stage stage : Stage.values()) {
            draft = reviews.rate(id, draft.version(), stage, 3);
        }
        return reviews.recommend(id, draft.version(), Recommendation.READY);
    }

    /** Finished attempts cannot change through the application today; the check must hold if that changes. */
    private void changeBehindTheReviewersBack(long attempt) {
        entityManager.flush();
        jdbc.update("update practice_session set version = version + 1 where id = ?", attempt);
        entityManager.clear();
    }
}
