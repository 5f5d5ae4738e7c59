package org.designcoach.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.util.Map;
import org.designcoach.TestAccounts;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.SessionService;
import org.designcoach.session.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;
    @Autowired
    private CohortService cohorts;
    @Autowired
    private SessionService sessions;
    @Autowired
    private ReviewService reviews;
    @Autowired
    private Rubric rubric;

    private long attempt;

    @BeforeEach
    void lenaFinishedAnAttemptInMonasCohort() {
        ReviewFixtures.twoCohorts(accounts, cohorts);
        attempt = ReviewFixtures.finishedAttempt(sessions, "lena", "mid");
    }

    @Test
    void theLearnerSubmitsWithAQuestionAndFindsTheSubmissionInTheirList() {
        var page = navigate(SubmitReviewView.class, Map.of("attemptId", String.valueOf(attempt)));
        assertThat(page.heading.getText()).contains("URL shortener", "mock", "Mid-level");
        assertThat(page.score.getText()).matches("Overall \\d+ / 100");
        assertThat(page.cohortWarning.isVisible()).as("lena is in a cohort").isFalse();

        test(page.question).setValue("Is one database enough?");
        test(page.submit).click();

        var mine = (MyReviewsView) getCurrentView();
        assertThat(test(mine.grid).size()).isEqualTo(1);
        assertThat(test(mine.grid).getCellText(0, 3)).isEqualTo("Waiting for a mentor");
        assertThat(reviews.mine().getFirst().caseTitle()).isEqualTo("URL shortener");
    }

    @Test
    void aSubmissionFromAnOlderPageIsRefusedInTheFieldAndTheQuestionStays() {
        var page = navigate(SubmitReviewView.class, Map.of("attemptId", String.valueOf(attempt)));
        reviews.submit(attempt, "From another tab");

        test(page.question).setValue("Is one database enough?");
        test(page.submit).click();

        assertThat(page.question.isInvalid()).isTrue();
        assertThat(page.question.getErrorMessage()).contains("already waiting for a review");
        assertThat(page.question.getValue()).isEqualTo("Is one database enough?");
    }

    @Test
    void anAttemptAlreadyWaitingSaysSoAndOffersTheSubmission() {
        reviews.submit(attempt, "");

        var page = navigate(SubmitReviewView.class, Map.of("attemptId", String.valueOf(attempt)));

        assertThat(page.alreadyOpen.isVisible()).isTrue();
        assertThat(page.alreadyOpen.getElement().getTextRecursively()).contains("already waiting");
        assertThat(page.submit.isEnabled()).isFalse();
    }

    @Test
    void anotherLearnersAttemptCannotBeOpenedForSubmission() {
        TestAccounts.signInAs("omar");

        assertThatThrownBy(() -> navigate(SubmitReviewView.class, Map.of("attemptId", String.valueOf(attempt))))
                .hasMessageContaining("NotFoundView");
    }

    @Test
    void anEmptyListOfReviewsSaysHowToAskForOne() {
        var mine = navigate(MyReviewsView.class);

        assertThat(test(mine.grid).size()).isZero();
        assertThat(mine.grid.getEmptyStateText()).contains("Submit for mentor review");
    }

    @Test
    void theMentorClaimsFromTheQueueAndLandsOnTheReview() {
        long submission = reviews.submit(attempt, "").id();
        TestAccounts.signInAs("mona", Role.MENTOR);

        var queue = navigate(ReviewQueueView.class);
        assertThat(test(queue.grid).getCellText(0, 1)).isEqualTo("lena");
        assertThat(test(queue.grid).getCellText(0, 4)).isEqualTo("Waiting");
        test((Button) test(queue.grid).getCellComponent(0, 5)).click();

        var review = (ReviewView) getCurrentView();
        assertThat(review.rubricForm).isNotNull();
        assertThat(reviews.open(submission).summary().mentor()).isEqualTo("mona");
    }

    @Test
    void aMentorWhoLosesTheClaimStaysOnTheQueueAndSeesWhoHasIt() {
        long submission = reviews.submit(attempt, "").id();
        TestAccounts.signInAs("mona", Role.MENTOR);
        var queue = navigate(ReviewQueueView.class);
        var claim = (Button) test(queue.grid).getCellComponent(0, 5);
        TestAccounts.signInAs("mia", Role.MENTOR);
        reviews.claim(submission);
        TestAccounts.signInAs("mona", Role.MENTOR);

        test(claim).click();

        assertThat(getCurrentView()).isSameAs(queue);
        assertThat(test(queue.grid).getCellText(0, 4)).isEqualTo("Claimed by mia");
    }

    @Test
    void anEmptyQueueSaysWhatItMeans() {
        TestAccounts.signInAs("mona", Role.MENTOR);

        var queue = navigate(ReviewQueueView.class);

        assertThat(test(queue.grid).size()).isZero();
        assertThat(queue.grid.getEmptyStateText()).contains("Nothing is waiting", "oldest first");
    }

    @Test
    void aLearnerCannotOpenTheQueue() {
        assertThatThrownBy(() -> navigate(ReviewQueueView.class)).hasMessageContaining("NotFoundView");
    }

    @Test
    void aMentorOfAnotherCohortFindsNoSuchReview() {
        long submission = reviews.submit(attempt, "").id();
        TestAccounts.signInAs("max", Role.MENTOR);

        assertThatThrownBy(() -> open(submission)).hasMessageContaining("NotFoundView");
    }

    @Test
    void returningWithoutEveryLevelIsRefusedAndThePageKeepsTheChoices() {
        long submission = claimedByMona();
        var review = open(submission);
        var form = review.rubricForm;
        assertThat(form).isNotNull();

        test(form.stageLevels.get(Stage.DESIGN)).selectItem(label(Stage.DESIGN, 3));
        test(review.returnToLearner).click();

        assertThat(review.problems.isVisible()).isTrue();
        assertThat(review.problems.getElement().getTextRecursively()).contains("Give every stage a level");
        assertThat(form.stageLevels.get(Stage.DESIGN).getValue()).isEqualTo(3);
        assertThat(reviews.open(submission).levels()).containsEntry(Stage.DESIGN, 3);
    }

    @Test
    void aReviewPageIsUnderTheMentorsReviewsSectionNotTheLearnersOwn() {
        open(claimedByMona());

        assertThat($(H1.class).first().getText()).isEqualTo("Reviews");
    }

    @Test
    void theMentorReadsTheLearnersDesignBesideTheReferenceMarkedByWhatOnlyEachHas() {
        open(claimedByMona());

        var comparison = $(org.designcoach.canvas.DesignComparisonView.class).single();
        assertThat(comparison.getElement().getTextRecursively()).contains("The learner's design", "Only the learner's",
                "Only in the reference", "Edge cache: CDN (caches popular redirects)");
        assertThat(comparison.learnerCanvas().isReadOnly()).isTrue();
    }

    @Test
    void theClaimingMentorCanSkipTheLongReplayToTheRubric() {
        long submission = claimedByMona();
        open(submission);

        assertThat($(Button.class).all()).extracting(Button::getText).contains("Go to the rubric and comments");
        test($(Button.class).withText("Go to the rubric and comments").single()).click();
    }

    @Test
    void theMentorGivesTheSubmissionBackAfterConfirmingAndReturnsToTheQueue() {
        long submission = claimedByMona();
        var review = open(submission);

        test(review.giveBack).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
        assertThat(reviews.open(submission).summary().status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void theMentorScoresCommentsOnAComponentAndReturnsTheReview() {
        long submission = claimedByMona();
        var review = open(submission);
        var form = review.rubricForm;
        var comments = review.comments;
        assertThat(form).isNotNull();
        assertThat(comments).isNotNull();

        for (Stage stage : Stage.values()) {
            test(form.stageLevels.get(stage)).selectItem(label(stage, 2));
        }
        test(form.recommendation).selectItem(rubric.verdict(Recommendation.ALMOST).label() + ": "
                + rubric.verdict(Recommendation.ALMOST).explanation());
        test(comments.pin).selectItem("Component: sql-database (db)");
        test(comments.text).setValue("One primary only: what happens when it fails?");
        test(comments.add).click();
        assertThat(test(comments.list).size()).isEqualTo(1);
        assertThat(comments.text.getValue()).isEmpty();
        test(review.returnToLearner).click();

        ReviewDetail returned = reviews.open(submission);
        assertThat(returned.summary().status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(returned.levels()).hasSize(5).containsEntry(Stage.TRADEOFFS, 2);
        assertThat(returned.recommendation()).isEqualTo(Recommendation.ALMOST);
        assertThat(review.rubricForm).as("a returned review is read-only").isNull();
        assertThat(review.getElement().getTextRecursively()).contains("Recommendation: Almost");
    }

    @Test
    void anEmptyCommentIsRefusedInTheField() {
        var review = open(claimedByMona());
        var comments = review.comments;
        assertThat(comments).isNotNull();

        test(comments.text).setValue("   ");
        test(comments.add).click();

        assertThat(comments.text.isInvalid()).isTrue();
        assertThat(comments.text.getErrorMessage()).contains("empty");
    }

    @Test
    void theLearnerSeesTheReviewOverTheirDesignWithNumberedMarkersAndWritesMoreThanOnce() {
        long submission = returnedWithACommentOnTheDatabase();
        TestAccounts.signInAs("lena");

        var review = open(submission);
        var comments = review.comments;
        assertThat(comments).isNotNull();
        DesignCanvas canvas = $(DesignCanvas.class).single();
        assertThat(canvas.isReadOnly()).isTrue();
        assertThat(canvas.getElement().getProperty("highlighted")).isEqualTo("[\"db\"]");
        assertThat(String.valueOf(canvas.getElement().getPropertyRaw("annotations")))
                .as("the comment on the database is marker 1; the one on a stage has no marker")
                .contains("\"componentId\":\"db\"", "\"number\":1", "Add a replica.")
                .doesNotContain("Peak is three times the mean.");
        assertThat(review.getElement().getTextRecursively()).contains("Recommendation: Ready",
                rubric.descriptor(Stage.DESIGN, "mid", 3), "The mentor's summary", "Solid work; add a replica.");

        test(comments.list).select(1);
        assertThat(canvas.getElement().getProperty("highlighted")).as("a comment on a stage marks nothing")
                .isEqualTo("[]");
        test(comments.list).select(0);
        assertThat(canvas.getElement().getProperty("highlighted")).isEqualTo("[\"db\"]");

        var conversation = review.conversation;
        assertThat(conversation).isNotNull();
        test(conversation.text).setValue("<b>Thanks</b>, I will add a replica.");
        test(conversation.send).click();
        test(conversation.text).setValue("Should it be synchronous?");
        test(conversation.send).click();
        assertThat(conversation.messages.getElement().getTextRecursively())
                .contains("<b>Thanks</b>, I will add a replica.", "Should it be synchronous?", "You ·");
        assertThat(conversation.text.getValue()).as("the form empties after each message").isEmpty();
        test(conversation.text).setValue("  ");
        test(conversation.send).click();
        assertThat(conversation.text.isInvalid()).isTrue();
        assertThat(conversation.text.getErrorMessage()).contains("message", "empty");
    }

    @Test
    void theLearnersReportNumbersTheCommentsOfTheReturnedReviewOnTheirDesignOnly() {
        long submission = claimedByMona();
        TestAccounts.signInAs("lena");
        UI.getCurrent().navigate("sessions/" + attempt + "/report");
        assertThat($(DesignCanvas.class).first().getElement().getPropertyRaw("annotations"))
                .as("a review still in draft shows nothing").isNull();

        returnWithACommentOnTheDatabase(submission);
        TestAccounts.signInAs("lena");
        UI.getCurrent().navigate("sessions/" + attempt + "/report");

        var canvases = $(DesignCanvas.class).all();
        assertThat(String.valueOf(canvases.getFirst().getElement().getPropertyRaw("annotations")))
                .contains("\"componentId\":\"db\"", "\"number\":1", "Add a replica.");
        assertThat(canvases.get(1).getElement().getPropertyRaw("annotations")).as("the reference design").isNull();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("numbered markers on your design");
    }

    @Test
    void beforeTheReviewIsReturnedTheLearnerSeesOnlyWhereItStands() {
        long submission = claimedByMona();
        TestAccounts.signInAs("lena");

        var review = open(submission);

        assertThat(review.facts.getText()).contains("In review with mona");
        assertThat(review.comments).isNull();
        assertThat(review.getElement().getTextRecursively()).contains("appears here once it is returned");
    }

    private long claimedByMona() {
        long submission = reviews.submit(attempt, "").id();
        TestAccounts.signInAs("mona", Role.MENTOR);
        reviews.claim(submission);
        return submission;
    }

    private long returnedWithACommentOnTheDatabase() {
        long submission = claimedByMona();
        returnWithACommentOnTheDatabase(submission);
        return submission;
    }

    private void returnWithACommentOnTheDatabase(long submission) {
        TestAccounts.signInAs("mona", Role.MENTOR);
        ReviewDetail draft = reviews.open(submission);
        for (Stage stage : Stage.values()) {
            draft = reviews.rate(submission, draft.version(), stage, 3);
        }
        draft = reviews.recommend(submission, draft.version(), Recommendation.READY);
        draft = reviews.summarise(submission, draft.version(), "Solid work; add a replica.");
        draft = reviews.commentOnComponent(submission, draft.version(), "db", "Add a replica.");
        draft = reviews.commentOnStage(submission, draft.version(), Stage.ESTIMATION, "Peak is three times the mean.");
        reviews.returnToLearner(submission, draft.version());
    }

    private String label(Stage stage, int level) {
        return rubric.levelName(level) + ": " + rubric.descriptor(stage, "mid", level);
    }

    private ReviewView open(long submission) {
        return navigate(ReviewView.class, Map.of("submissionId", String.valueOf(submission)));
    }
}
