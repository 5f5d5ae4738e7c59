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
 * One submission. The reviewing mentor replays the attempt, fills in the rubric, pins comments and
 * returns it, every choice saved as it is made; other mentors of the learner read along. The learner
 * sees the status until the review is returned, then the review laid over their own design, and may
 * reply once.
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
    @Nullable RubricForm rubricForm;
    @Nullable CommentsPanel comments;
    @Nullable ReplySection replySection;
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
        replySection = null;
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
            body.add(skipTo(form), section("The attempt", replay), form, panel, actions());
        } else {
            body.add(section("The attempt", replay), summaryOf(detail), panel);
        }
        if (detail.reply() != null) {
            body.add(reply(detail));
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
        body.add(summaryOf(detail), section("Your design with the mentor's comments", overDesign), reply(detail));
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

    private ReplySection reply(ReviewDetail detail) {
        var section = new ReplySection(detail, this::sendReply);
        replySection = section;
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

    private void sendReply(String text) {
        try {
            render(reviews.reply(id(), text));
        } catch (ReviewException e) {
            Objects.requireNonNull(replySection).refused(e.getMessage());
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
