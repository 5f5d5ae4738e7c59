package org.designcoach.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameterRegex;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.canvas.ProblemBox;
import org.designcoach.design.Design;
import org.designcoach.session.AttemptReplay;
import org.designcoach.session.Stage;
import org.designcoach.traffic.TrafficService;
import org.jspecify.annotations.Nullable;

/**
 * One submission. The reviewing mentor replays the attempt, fills in the rubric, writes a summary,
 * pins comments and returns it, every choice saved as it is made; other mentors of the learner read
 * along. The learner sees the status until the review is returned, then the summary and the review laid
 * over their own design (comments on components numbered on the drawing); then learner and mentor
 * talk it over in the conversation below.
 */
@Route("reviews/:submissionId(" + RouteParameterRegex.LONG + ")")
@PageTitle("Review")
@PermitAll
class ReviewView extends Main implements BeforeEnterObserver {

    final H2 heading = new H2();
    final Paragraph facts = new Paragraph();
    final Div question = new Div();
    final Div body = new Div();
    final ProblemBox problems = new ProblemBox();
    final Button returnToLearner = new Button("Return to learner");
    final Button giveBack = new Button("Give back to the queue");
    final Button claim = new Button("Claim and review");
    @Nullable RubricForm rubricForm;
    @Nullable CommentsPanel comments;
    @Nullable SummaryEditor summaryEditor;
    @Nullable ConversationSection conversation;
    private final ReviewService reviews;
    private final TrafficService traffic;
    private @Nullable ReviewDetail current;

    ReviewView(ReviewService reviews, TrafficService traffic) {
        this.reviews = reviews;
        this.traffic = traffic;
        addClassNames("review-page", LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        heading.addClassNames(LumoUtility.Margin.NONE);
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.LARGE);
        returnToLearner.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        returnToLearner.addClickListener(event -> returnReview());
        giveBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        giveBack.addClickListener(event -> confirmRelease());
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.addClassNames(LumoUtility.AlignSelf.START);
        claim.addClickListener(event -> claimIt());
        add(heading, facts, question, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("submissionId").orElse(-1L);
        try {
            render(reviews.open(id));
        } catch (ReviewException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void render(ReviewDetail detail) {
        current = detail;
        SubmissionSummary summary = detail.summary();
        heading.setText("Review: " + ReviewTexts.caseAndLevel(summary));
        facts.setText("Submitted by " + summary.learner() + " on " + ReviewTexts.when(summary.submittedAt()) + " · "
                + (detail.viewer() == ReviewDetail.Viewer.LEARNER ? ReviewTexts.statusForLearner(summary)
                        : ReviewTexts.statusForMentor(summary)));
        question.removeAll();
        if (!detail.question().isBlank()) {
            question.add(new H3(detail.viewer() == ReviewDetail.Viewer.LEARNER ? "Your question" : "The learner's question"),
                    new Paragraph(detail.question()));
        }
        problems.clear();
        if (detail.mayEdit() && detail.attemptChanged()) {
            problems.show("The learner's attempt changed after it was submitted, so this review cannot be returned.",
                    List.of("Your levels and comments are kept. Read the attempt again below."));
        }
        body.removeAll();
        rubricForm = null;
        comments = null;
        summaryEditor = null;
        conversation = null;
        if (detail.viewer() == ReviewDetail.Viewer.LEARNER) {
            learnerBody(detail);
        } else {
            mentorBody(detail);
        }
    }

    private void mentorBody(ReviewDetail detail) {
        var replay = new AttemptReplay(detail.attempt(), reviews.palette(), traffic);
        CommentsPanel panel = commentsOver(replay.canvas(), detail, detail.mayEdit());
        if (detail.mayEdit()) {
            RubricForm form = new RubricForm(reviews.rubric(), detail.summary().level(), detail.levels(),
                    detail.recommendation(), this::rate, this::recommend);
            rubricForm = form;
            var summary = new SummaryEditor(detail.reviewSummary(), this::summarise);
            summaryEditor = summary;
            body.add(skipTo(form), section("The attempt", replay), form, summary, panel, actions());
        } else {
            if (detail.viewer() == ReviewDetail.Viewer.OTHER_MENTOR && detail.summary().status() == ReviewStatus.SUBMITTED) {
                // A mentor who followed the notification of a new submission claims it here, without the queue.
                body.add(claim);
            }
            body.add(section("The attempt", replay), mentorsSummary(detail), summaryOf(detail), panel);
        }
        if (detail.inConversation() && detail.summary().status() == ReviewStatus.RETURNED) {
            body.add(conversation(detail));
        }
    }

    /** The replay is long: a mentor who has read it goes straight to the scoring. */
    private static Button skipTo(RubricForm form) {
        var skip = new Button("Go to the rubric and comments", event -> form.scrollIntoView());
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.addClassNames(LumoUtility.AlignSelf.START);
        return skip;
    }

    private Div actions() {
        var buttons = new Div(returnToLearner, giveBack);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM);
        var actions = new Div(problems, buttons);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.START);
        return actions;
    }

    private void learnerBody(ReviewDetail detail) {
        if (!detail.showsReview()) {
            body.add(new Paragraph("Your mentor's review appears here once it is returned. Until then you can "
                    + "practise another case; you will be told when it is back."));
            return;
        }
        var canvas = new DesignCanvas(reviews.palette());
        canvas.setReadOnly(true);
        canvas.setHeight("480px");
        canvas.setDesign(designOf(detail));
        var overDesign = new Div(canvas, commentsOver(canvas, detail, false));
        overDesign.addClassNames("session-two-columns");
        body.add(mentorsSummary(detail), summaryOf(detail), section("Your design with the mentor's comments", overDesign),
                conversation(detail));
    }

    /** The mentor's own words, before the rubric; nothing when they wrote none. */
    private static Div mentorsSummary(ReviewDetail detail) {
        var block = new Div();
        block.addClassNames("review-summary");
        String summary = detail.reviewSummary();
        if (summary != null) {
            var text = new Paragraph(summary);
            text.addClassNames(LumoUtility.Whitespace.PRE_WRAP);
            block.add(new H3("The mentor's summary"), text);
        }
        return block;
    }

    private CommentsPanel commentsOver(DesignCanvas canvas, ReviewDetail detail, boolean editable) {
        var panel = new CommentsPanel(canvas, designOf(detail), editable, this::addComment, this::removeComment);
        panel.show(detail.comments());
        comments = panel;
        return panel;
    }

    private RubricSummary summaryOf(ReviewDetail detail) {
        return new RubricSummary(reviews.rubric(), detail.summary().level(), detail.levels(),
                detail.recommendation());
    }

    private ConversationSection conversation(ReviewDetail detail) {
        var section = new ConversationSection(detail, this::sendMessage);
        conversation = section;
        return section;
    }

    private void rate(Stage stage, int level) {
        change(() -> reviews.rate(id(), version(), stage, level));
    }

    private void recommend(Recommendation recommendation) {
        change(() -> reviews.recommend(id(), version(), recommendation));
    }

    private void addComment(CommentsPanel.NewComment comment) {
        CommentsPanel panel = Objects.requireNonNull(comments);
        try {
            Stage stage = comment.pin().stage();
            String componentId = comment.pin().componentId();
            current = stage != null ? reviews.commentOnStage(id(), version(), stage, comment.text())
                    : reviews.commentOnComponent(id(), version(), Objects.requireNonNull(componentId), comment.text());
            panel.show(current.comments());
            panel.added();
        } catch (ReviewException e) {
            panel.refused(e.getMessage());
        }
    }

    private void removeComment(long commentId) {
        if (change(() -> reviews.removeComment(id(), version(), commentId))) {
            Objects.requireNonNull(comments).show(Objects.requireNonNull(current).comments());
        }
    }

    private void returnReview() {
        try {
            render(reviews.returnToLearner(id(), version()));
            Notification.show("Returned to " + Objects.requireNonNull(current).summary().learner() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewException e) {
            refused(e.getMessage());
        }
    }

    private void claimIt() {
        try {
            render(reviews.claim(id()));
        } catch (ReviewException e) {
            refused(e.getMessage());
        }
    }

    private void confirmRelease() {
        var dialog = new ConfirmDialog("Give this submission back?", "Another mentor of the cohort can then "
                + "claim it. Your levels, recommendation and comments on it are discarded.", "Give it back",
                event -> release());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void release() {
        try {
            reviews.release(id(), version());
            Notification.show("Given back to the queue.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (ReviewException e) {
            refused(e.getMessage());
        }
    }

    private void sendMessage(String text) {
        ConversationSection section = Objects.requireNonNull(conversation);
        try {
            section.sent(reviews.post(id(), text));
        } catch (ReviewException e) {
            section.refused(e.getMessage());
        }
    }

    private void summarise(String text) {
        SummaryEditor editor = Objects.requireNonNull(summaryEditor);
        try {
            current = reviews.summarise(id(), version(), text);
            editor.saved();
            problems.clear();
            Notification.show("Summary saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewException e) {
            editor.refused(e.getMessage());
        }
    }

    /** Saves one draft change; a refusal is shown and the page keeps what the mentor chose. */
    private boolean change(Supplier<ReviewDetail> save) {
        try {
            current = save.get();
            problems.clear();
            return true;
        } catch (ReviewException e) {
            refused(e.getMessage());
            return false;
        }
    }

    private void refused(String message) {
        problems.show(message, List.of());
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Div section(String title, Component content) {
        return new Div(new H3(title), content);
    }

    private static Design designOf(ReviewDetail detail) {
        Design design = detail.attempt().state().answers().design();
        return design != null ? design : new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of());
    }

    private long id() {
        return Objects.requireNonNull(current).summary().id();
    }

    private long version() {
        return Objects.requireNonNull(current).version();
    }
}
