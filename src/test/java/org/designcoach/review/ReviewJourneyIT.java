package org.designcoach.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionAnswers;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.designcoach.session.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The review loop in a real browser: a learner finishes an attempt and submits it; the mentor of
 * her cohort claims it, comments on one component, scores every stage and returns it; the learner
 * is notified and reads the review laid over her design.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:reviews;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReviewJourneyIT extends BrowserTest {

    private static final String DESIGN = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server", "instances": 2},
                            {"id": "db", "type": "sql-database", "label": "Links store"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync"}, {"from": "api", "to": "db", "mode": "sync"}]}""";

    @Autowired
    private AccountService accounts;

    @Autowired
    private CohortService cohorts;

    @Autowired
    private SessionService sessions;

    private long attempt;

    /** Lena's session stands at its last stage with a design drawn; Mona mentors Lena's cohort. */
    @BeforeEach
    void lenaIsAtTheLastStageAndMonaMentorsHer() {
        if (accounts.roleOf("lena").isEmpty()) {
            TestAccounts.adminAndLearners(accounts, "lena");
            TestAccounts.mentors(accounts, "mona");
            TestAccounts.signInAs("ada", Role.ADMIN);
            long cohort = cohorts.create("Platform team", "").id();
            cohorts.addLearner(cohort, "lena");
            cohorts.addMentor(cohort, "mona");
        }
        attempt = attemptAtTheLastStage("lena");
        SecurityContextHolder.clearContext();
    }

    /** A session of this learner at its last stage with the design drawn; leaves the learner signed in. */
    private long attemptAtTheLastStage(String learner) {
        TestAccounts.signInAs(learner);
        SessionState started = sessions.start("url-shortener", Mode.GUIDED, "mid");
        Design design = DesignJson.MAPPER.readValue(DESIGN, Design.class);
        SessionState drawn = sessions.save(started.id(), started.version(), new SessionAnswers(List.of(), List.of(),
                List.of("Shorten a long URL"), List.of("Redirects within 100 ms"), Map.of(), Map.of(), design,
                List.of(), List.of(), Map.of()));
        return sessions.goTo(drawn.id(), drawn.version(), Stage.TRADEOFFS).id();
    }

    @AfterEach
    void signOutOfTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLearnerSubmitsAMentorReviewsAndTheLearnerReadsTheReviewOnHerDesign() {
        // The learner finishes and asks for a review.
        signedIn("lena", TestAccounts.PASSPHRASE);
        page.navigate(url("/sessions/" + attempt));
        button("Finish and see the report").click();
        button("Submit for mentor review").click();
        field("Your question for the mentor (optional)").fill("Is one database enough for the redirects?");
        button("Submit for review").click();
        assertThat(page.getByText("Submitted. A mentor of your cohort will pick it up.")).isVisible();
        signOut();

        // The mentor claims it, comments on the database, scores every stage and returns it.
        signedIn("mona", TestAccounts.PASSPHRASE);
        page.navigate(url("/reviews"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim: lena, URL shortener")).click();
        assertThat(page.getByText("Is one database enough for the redirects?")).isVisible();
        assertThat(page.locator("design-canvas .component[data-id='db']").first()).isVisible();
        page.getByLabel("Pin to").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("\\(db\\)$"))).click();
        field("Comment").fill("One primary takes the writes; add a read replica for the redirects.");
        button("Add comment").click();
        assertThat(commentInList("One primary takes the writes; add a read replica for the redirects.")).isVisible();
        for (Stage stage : Stage.values()) {
            rate(stage.number() + ". " + stage.title(), "^Solid:");
        }
        rate("Overall recommendation", "^Almost:");
        button("Return to learner").click();
        assertThat(page.getByText("Returned to lena.")).isVisible();
        signOut();

        // The learner is told, opens the review and sees the comment on her own design.
        signedIn("lena", TestAccounts.PASSPHRASE);
        Locator bell = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 1 unread"));
        assertThat(bell).isVisible();
        bell.click();
        page.getByText("mona returned your review of URL shortener.").click();
        assertThat(page.getByText("Your design with the mentor's comments")).isVisible();
        assertThat(commentInList("One primary takes the writes; add a read replica for the redirects.")).isVisible();
        assertThat(page.locator("design-canvas .component.highlighted[data-id='db']")).isVisible();
    }

    @Test
    void theMentorIsToldOfTheSubmissionCommentsOnTheDesignItselfAndTheyTalkItOverTwiceEachWay() {
        long noras = norasAttemptInMaxsCohort();
        submit("nora", noras, "Is one database enough for the redirects?");

        // The mentor is told, follows the notification to the submission and claims it there.
        signedIn("max", TestAccounts.PASSPHRASE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 1 unread")).click();
        page.getByText("nora asked for a review of URL shortener.").click();
        button("Claim and review").click();
        String review = page.url().replaceFirst("^.*/reviews/", "/reviews/");
        assertThat(page.getByText("Is one database enough for the redirects?")).isVisible();
        field("Summary for the learner").fill("A clear design. The database is the part to work on.");
        button("Save summary").click();
        assertThat(page.getByText("Summary saved.")).isVisible();
        page.getByLabel("Pin to").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("\\(db\\)$"))).click();
        field("Comment").fill("One primary takes the writes; add a read replica for the redirects.");
        button("Add comment").click();
        Locator mentorsMarker = page.locator("design-canvas .marker[data-component='db']").first();
        assertThat(mentorsMarker).hasText("1");
        for (Stage stage : Stage.values()) {
            rate(stage.number() + ". " + stage.title(), "^Solid:");
        }
        rate("Overall recommendation", "^Almost:");
        button("Return to learner").click();
        assertThat(page.getByText("Returned to nora.")).isVisible();
        signOut();

        // The learner finds the comment on her design as marker 1, opens it with the keyboard, and writes.
        signedIn("nora", TestAccounts.PASSPHRASE);
        page.navigate(url(review));
        assertThat(page.getByText("A clear design. The database is the part to work on.")).isVisible();
        Locator database = page.locator("design-canvas .component[data-id='db']");
        Locator marker = page.locator("design-canvas .marker[data-component='db']");
        assertThat(marker).hasText("1");
        assertThat(marker).hasAttribute("aria-label", "Comment 1 on Links store");
        assertThat(page.locator("design-canvas .annotation-list li")).hasText(
                "Comment 1 on Links store: One primary takes the writes; add a read replica for the redirects.");
        List<Double> before = placeInDrawing(database);
        marker.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("design-canvas .marker-text")).hasText(
                "One primary takes the writes; add a read replica for the redirects.");
        org.assertj.core.api.Assertions.assertThat(placeInDrawing(database))
                .as("opening a comment does not move the design").isEqualTo(before);
        page.keyboard().press("Escape");
        assertThat(page.locator("design-canvas .marker-text")).hasCount(0);
        write("Thank you. Should the replica be synchronous?");
        signOut();

        // They write twice each way; each sees the other's messages in order.
        signedIn("max", TestAccounts.PASSPHRASE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 1 unread")).click();
        page.getByText("nora replied to your review of URL shortener.").click();
        assertThat(page.getByText("Thank you. Should the replica be synchronous?")).isVisible();
        write("Asynchronous is enough: a second of lag is fine for redirects.");
        signOut();
        signedIn("nora", TestAccounts.PASSPHRASE);
        page.navigate(url(review));
        assertThat(page.getByText("Asynchronous is enough: a second of lag is fine for redirects.")).isVisible();
        write("Then I keep one primary for the writes.");
        signOut();
        signedIn("max", TestAccounts.PASSPHRASE);
        page.navigate(url(review));
        write("Yes. Run it at 10x in the simulator next.");
        signOut();
        signedIn("nora", TestAccounts.PASSPHRASE);
        page.navigate(url(review));
        assertThat(page.locator(".review-message-text")).containsText(new String[] {
                "Thank you. Should the replica be synchronous?",
                "Asynchronous is enough: a second of lag is fine for redirects.",
                "Then I keep one primary for the writes.",
                "Yes. Run it at 10x in the simulator next."});
    }

    /** Where a component sits in the canvas's view (the page may scroll; the drawing must not move). */
    private List<Double> placeInDrawing(Locator component) {
        var box = component.boundingBox();
        var view = page.locator("design-canvas .viewport").boundingBox();
        return List.of(box.x - view.x, box.y - view.y, box.width, box.height);
    }

    /**
     * Nora and Max have a cohort of their own, so that what they are told never mixes with Lena's and Mona's
     * notifications in the other journey (the database lives as long as the class).
     */
    private long norasAttemptInMaxsCohort() {
        if (accounts.roleOf("nora").isEmpty()) {
            accounts.register("nora", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
            TestAccounts.mentors(accounts, "max");
            TestAccounts.signInAs("ada", Role.ADMIN);
            long cohort = cohorts.create("Payments team", "").id();
            cohorts.addLearner(cohort, "nora");
            cohorts.addMentor(cohort, "max");
        }
        long drawn = attemptAtTheLastStage("nora");
        SecurityContextHolder.clearContext();
        return drawn;
    }

    private void submit(String learner, long attemptId, String question) {
        signedIn(learner, TestAccounts.PASSPHRASE);
        page.navigate(url("/sessions/" + attemptId));
        button("Finish and see the report").click();
        button("Submit for mentor review").click();
        field("Your question for the mentor (optional)").fill(question);
        button("Submit for review").click();
        assertThat(page.getByText("Submitted. A mentor of your cohort will pick it up.")).isVisible();
        signOut();
    }

    /** A comment in the review's list of comments (the canvas repeats it for screen readers). */
    private Locator commentInList(String text) {
        return page.locator(".review-comments").getByText(text);
    }

    /** Sends a message in the review's conversation and waits until it shows. */
    private void write(String message) {
        field("Your message").fill(message);
        button("Send message").click();
        assertThat(page.locator(".review-message-text").last()).hasText(message);
    }

    private void rate(String group, String choice) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(group).setExact(true))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile(choice))).check();
    }

    private void signOut() {
        page.context().clearCookies();
    }
}
