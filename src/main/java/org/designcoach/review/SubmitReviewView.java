package org.designcoach.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameterRegex;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.designcoach.content.Levels;
import org.designcoach.session.Mode;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/** A learner sends a finished attempt to the mentors of their cohort, with a question if they have one. */
@Route("reviews/submit/:attemptId(" + RouteParameterRegex.LONG + ")")
@PageTitle("Submit for mentor review")
@PermitAll
class SubmitReviewView extends Main implements BeforeEnterObserver {

    final H2 heading = new H2();
    final Span score = new Span();
    final Div stageScores = new Div();
    final Paragraph cohortWarning = new Paragraph("You are not in a cohort yet, so no mentor will see this "
            + "submission until an administrator adds you to one. You can submit now; it will wait.");
    final Paragraph alreadyOpen = new Paragraph();
    final TextArea question = new TextArea("Your question for the mentor (optional)");
    final Button submit = new Button("Submit for review");
    private final ReviewService reviews;
    private @Nullable AttemptToSubmit attempt;

    SubmitReviewView(ReviewService reviews) {
        this.reviews = reviews;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        heading.addClassNames(LumoUtility.Margin.NONE);
        score.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
        stageScores.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        cohortWarning.getElement().setAttribute("role", "status");
        cohortWarning.addClassNames(LumoUtility.TextColor.WARNING);
        question.setMaxLength(ReviewSubmission.MAX_TEXT);
        question.setHelperText("What should the mentor look at most closely? Plain text, up to 2,000 characters.");
        question.setWidthFull();
        question.setMinRows(4);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(event -> submit());
        var explanation = new Paragraph("Your cohort's mentors are told. One of them claims the submission, reads "
                + "every stage, scores it against the rubric for your level and comments on parts of your design. "
                + "You will find the review under My reviews, and can talk it over with your mentor there.");
        add(heading, score, stageScores, explanation, cohortWarning, alreadyOpen, question, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            show(reviews.attemptToSubmit(id));
        } catch (ReviewException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(AttemptToSubmit shown) {
        this.attempt = shown;
        heading.setText("Submit for review: " + shown.caseTitle() + " (" + (shown.mode() == Mode.MOCK ? "mock"
                : "guided") + ", " + Levels.label(shown.level()) + ")");
        score.setText("Overall " + shown.overall() + " / 100");
        stageScores.removeAll();
        for (Stage stage : Stage.values()) {
            Integer points = shown.stageScores().get(stage);
            var badge = new Span(stage.title() + ": " + (points == null ? "—" : points));
            badge.getElement().getThemeList().add("badge contrast");
            stageScores.add(badge);
        }
        cohortWarning.setVisible(!shown.inACohort());
        Long open = shown.openSubmissionId();
        alreadyOpen.removeAll();
        alreadyOpen.setVisible(open != null);
        question.setEnabled(open == null);
        submit.setEnabled(open == null);
        if (open != null) {
            alreadyOpen.add(new Span("This attempt is already waiting for a review. "),
                    new RouterLink("Follow it here", ReviewView.class, new RouteParameters("submissionId",
                            String.valueOf(open))), new Span("."));
        }
    }

    private void submit() {
        AttemptToSubmit shown = attempt;
        if (shown == null) {
            return;
        }
        try {
            reviews.submit(shown.attemptId(), question.getValue());
            Notification.show("Submitted. A mentor of your cohort will pick it up.", 4000,
                    Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(MyReviewsView.class));
        } catch (ReviewException e) {
            question.setInvalid(true);
            question.setErrorMessage(e.getMessage());
        }
    }
}
