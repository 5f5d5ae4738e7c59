package org.designcoach.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
@RecordApplicationEvents
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
    private ThreadMessageRepository threadMessages;
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
    @Autowired
    private ApplicationEvents applicationEvents;

    @BeforeEach
    void twoCohortsWithTheirMentors() {
        reviews = new ReviewService(repository, threadMessages, access, records, mentorship, content, rubric,
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
    void everyMentorOfEveryCohortOfTheLearnerIsToldOfTheSubmissionWithALinkToIt() {
        TestAccounts.signInAs("ada", Role.ADMIN);
        cohorts.addLearner(cohortB, "lena");
        long attempt = finishedAttempt(sessions, "lena", "mid");

        long id = reviews.submit(attempt, "Is one database enough?").id();

        assertThat(notified).containsExactlyInAnyOrder(
                "max: lena asked for a review of URL shortener. -> reviews/" + id,
                "mia: lena asked for a review of URL shortener. -> reviews/" + id,
                "mona: lena asked for a review of URL shortener. -> reviews/" + id);
    }

    @Test
    void aLearnerWithoutACohortSubmitsAndNobodyIsTold() {
        accounts.register("solo", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
        long attempt = finishedAttempt(sessions, "solo", "mid");

        reviews.submit(attempt, "");

        assertThat(notified).isEmpty();
    }

    @Test
    void theMentorsFindTheSubmissionAmongTheirNotificationsAndAnEmailGoesToThoseWhoAskedForIt() {
        jdbc.update("insert into notification_preference (username, email, emails_enabled) values (?, ?, ?)", "mona",
                "mona@example.com", true);
        long attempt = finishedAttempt(sessions, "lena", "mid");

        long id = proxiedReviews.submit(attempt, "").id();

        for (String mentor : List.of("mona", "mia")) {
            TestAccounts.signInAs(mentor, Role.MENTOR);
            assertThat(notifications.recent(10)).singleElement().satisfies(note -> {
                assertThat(note.text()).isEqualTo("lena asked for a review of URL shortener.");
                assertThat(note.link()).isEqualTo("reviews/" + id);
            });
        }
        TestAccounts.signInAs("max", Role.MENTOR);
        assertThat(notifications.recent(10)).as("max mentors another cohort").isEmpty();
        assertThat(applicationEvents.stream(Object.class).map(Object::toString).filter(event -> event.startsWith("MailWanted")))
                .singleElement().asString().contains("mona@example.com", "lena asked for a review of URL shortener.");
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
        assertThatThrownBy(() -> reviews.post(lenas, "Thanks")).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
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
        assertThat(notified).filteredOn(note -> note.startsWith("lena: "))
                .containsExactly("lena: mona returned your review of URL shortener. -> reviews/" + lenas);
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
        assertThat(after.mayPost()).isTrue();
    }

    @Test
    void theLearnerAndTheMentorWriteSeveralMessagesEachWayAndEachIsToldOfTheOthers() {
        long lenas = returnedReview("lena");
        notified.clear();

        TestAccounts.signInAs("lena");
        reviews.post(lenas, "Thank you. Should the replica be synchronous?");
        clock.advance(Duration.ofMinutes(5));
        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.post(lenas, "Asynchronous is enough: the redirects tolerate a second of lag.");
        clock.advance(Duration.ofMinutes(5));
        TestAccounts.signInAs("lena");
        reviews.post(lenas, "  Then I keep one primary for the writes.  ");
        clock.advance(Duration.ofMinutes(5));
        TestAccounts.signInAs("mona", Role.MENTOR);
        List<ReviewMessage> thread = reviews.post(lenas, "Yes. Try the 10x load in the simulator next.");

        assertThat(thread).extracting(ReviewMessage::author, ReviewMessage::side, ReviewMessage::body).containsExactly(
                tuple("lena", ReviewMessage.Side.LEARNER, "Thank you. Should the replica be synchronous?"),
                tuple("mona", ReviewMessage.Side.MENTOR, "Asynchronous is enough: the redirects tolerate a second of lag."),
                tuple("lena", ReviewMessage.Side.LEARNER, "Then I keep one primary for the writes."),
                tuple("mona", ReviewMessage.Side.MENTOR, "Yes. Try the 10x load in the simulator next."));
        assertThat(thread).extracting(ReviewMessage::at).isSorted();
        assertThat(notified).containsExactly(
                "mona: lena replied to your review of URL shortener. -> reviews/" + lenas,
                "lena: mona replied to the review of your URL shortener. -> reviews/" + lenas,
                "mona: lena replied to your review of URL shortener. -> reviews/" + lenas,
                "lena: mona replied to the review of your URL shortener. -> reviews/" + lenas);
        assertThat(events).filteredOn(ReviewEvents.Replied.class::isInstance).hasSize(2);
        assertThat(reviews.open(lenas).messages()).isEqualTo(thread);
        TestAccounts.signInAs("lena");
        assertThat(reviews.open(lenas).mayPost()).isTrue();
        assertThat(reviews.conversation(lenas)).isEqualTo(thread);
        assertThat(reviews.mine()).singleElement().satisfies(summary -> assertThat(summary.replied()).isTrue());
    }

    @Test
    void aStrangerCanNeitherReadNorWriteTheConversationAndAnotherMentorOfTheCohortOnlyReadsTheReview() {
        long lenas = returnedReview("lena");
        TestAccounts.signInAs("lena");
        reviews.post(lenas, "Thanks!");

        for (String learner : List.of("omar", "bea")) {
            TestAccounts.signInAs(learner);
            assertThatThrownBy(() -> reviews.conversation(lenas)).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
            assertThatThrownBy(() -> reviews.post(lenas, "Me too")).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
        }
        TestAccounts.signInAs("max", Role.MENTOR);
        assertThatThrownBy(() -> reviews.conversation(lenas)).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
        assertThatThrownBy(() -> reviews.post(lenas, "Hello")).hasMessage(SubmissionAccess.NO_SUCH_SUBMISSION);
        TestAccounts.signInAs("mia", Role.MENTOR);
        assertThatThrownBy(() -> reviews.conversation(lenas)).hasMessage(SubmissionAccess.NOT_IN_CONVERSATION);
        assertThatThrownBy(() -> reviews.post(lenas, "Hello")).hasMessage(SubmissionAccess.NOT_IN_CONVERSATION);
        assertThat(reviews.open(lenas).messages()).as("mia reads the review, not the conversation").isEmpty();
        assertThat(reviews.open(lenas).mayPost()).isFalse();

        TestAccounts.signInAs("lena");
        assertThat(reviews.conversation(lenas)).extracting(ReviewMessage::body).containsExactly("Thanks!");
    }

    @Test
    void anAdminReadsTheConversationAndWhatTheyWriteReachesBothSides() {
        long lenas = returnedReview("lena");
        TestAccounts.signInAs("lena");
        reviews.post(lenas, "I disagree with the level for estimation.");
        notified.clear();

        TestAccounts.signInAs("ada", Role.ADMIN);
        assertThat(reviews.conversation(lenas)).extracting(ReviewMessage::author).containsExactly("lena");
        List<ReviewMessage> thread = reviews.post(lenas, "I asked mona to look at the estimation stage again.");

        assertThat(thread).last().satisfies(message -> {
            assertThat(message.author()).isEqualTo("ada");
            assertThat(message.side()).isEqualTo(ReviewMessage.Side.ADMIN);
        });
        assertThat(notified).containsExactlyInAnyOrder(
                "mona: ada (admin) wrote about your review of URL shortener. -> reviews/" + lenas,
                "lena: ada (admin) wrote about the review of your URL shortener. -> reviews/" + lenas);
    }

    @Test
    void aMessageMustHaveTextOfAtMostTwoThousandCharactersAndIsKeptAsTyped() {
        long lenas = returnedReview("lena");
        TestAccounts.signInAs("lena");

        assertThatThrownBy(() -> reviews.post(lenas, " \n ")).hasMessageContaining("message").hasMessageContaining(
                "empty");
        assertThatThrownBy(() -> reviews.post(lenas, "x".repeat(2001))).hasMessageContaining("at most 2,000 characters");
        reviews.post(lenas, "<script>alert('hi')</script> & more");

        assertThat(reviews.conversation(lenas)).extracting(ReviewMessage::body)
                .containsExactly("<script>alert('hi')</script> & more");
    }

    @Test
    void theMessagesOfADeletedAccountStayAndAreShownAsAFormerMembers() {
        long lenas = returnedReview("lena");
        TestAccounts.signInAs("lena");
        reviews.post(lenas, "Thanks!");
        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.post(lenas, "You are welcome.");

        entityManager.flush();
        jdbc.update("delete from user_account where username = ?", "mona");
        entityManager.clear();

        TestAccounts.signInAs("lena");
        assertThat(reviews.conversation(lenas)).extracting(ReviewMessage::authorName, ReviewMessage::side)
                .containsExactly(tuple("lena", ReviewMessage.Side.LEARNER),
                        tuple(ReviewMessage.FORMER_MEMBER, ReviewMessage.Side.MENTOR));
        // The review keeps the mentor's name (erasure replaces it with an anonymous id, which has no account):
        // the learner still writes, and the notification feature drops a message to an account that is gone.
        reviews.post(lenas, "Noted.");
        assertThat(reviews.conversation(lenas)).extracting(ReviewMessage::body).endsWith("Noted.");
    }

    @Test
    void theMentorsSummaryReachesTheLearnerOnlyWithTheReturnedReview() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = completeDraft(reviews.claim(lenas));
        draft = reviews.summarise(lenas, draft.version(), "  A sound design; the cache needs an eviction policy.  ");
        assertThat(draft.reviewSummary()).isEqualTo("A sound design; the cache needs an eviction policy.");
        long version = draft.version();
        assertThatThrownBy(() -> reviews.summarise(lenas, version, "y".repeat(2001)))
                .hasMessageContaining("at most 2,000 characters");

        TestAccounts.signInAs("lena");
        assertThat(reviews.open(lenas).reviewSummary()).isNull();
        assertThatThrownBy(() -> reviews.post(lenas, "Hello?")).hasMessageContaining("once the mentor has returned");

        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.returnToLearner(lenas, reviews.open(lenas).version());
        TestAccounts.signInAs("lena");
        assertThat(reviews.open(lenas).reviewSummary())
                .isEqualTo("A sound design; the cache needs an eviction policy.");
        assertThat(reviews.exportFor("lena")).singleElement().satisfies(exported -> assertThat(
                exported.reviewSummary()).isEqualTo("A sound design; the cache needs an eviction policy."));
    }

    @Test
    void aSummaryGoesWithTheDraftWhenTheMentorGivesTheSubmissionBack() {
        long lenas = submitted("lena", "mid");
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = reviews.summarise(lenas, reviews.claim(lenas).version(), "Half written");
        reviews.release(lenas, draft.version());

        TestAccounts.signInAs("mia", Role.MENTOR);
        assertThat(reviews.claim(lenas).reviewSummary()).isNull();
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
        reviews.post(lenas, "Thanks");
        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.post(lenas, "You are welcome; try the senior level next.");
        TestAccounts.signInAs("lena");
        reviews.post(lenas, "I will.");
        long waiting = submitted("lena", "senior");
        submitted("omar", "mid");
        TestAccounts.signInAs("lena");

        List<ExportedReview> exported = reviews.exportFor("lena");

        assertThat(exported).extracting(ExportedReview::submissionId).containsExactlyInAnyOrder(lenas, waiting);
        ExportedReview returned = exported.stream().filter(e -> e.submissionId() == lenas).findFirst().orElseThrow();
        assertThat(returned.levels()).hasSize(5);
        assertThat(returned.comments()).hasSize(1);
        assertThat(returned.messages()).extracting(ReviewMessage::author, ReviewMessage::body).containsExactly(
                tuple("lena", "Thanks"), tuple("mona", "You are welcome; try the senior level next."),
                tuple("lena", "I will."));
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
        proxiedReviews.post(id, "Thanks!");
        TestAccounts.signInAs("mona", Role.MENTOR);
        assertThat(notifications.recent(10)).extracting(NotificationItem::text)
                .containsExactly("lena replied to your review of URL shortener.", "lena asked for a review of URL shortener.");
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
