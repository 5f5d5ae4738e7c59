package org.designcoach.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.designcoach.content.Levels;

/** The learner's submissions and where each stands; a returned review opens over their design. */
@Route("reviews/mine")
@PageTitle("My reviews")
@Menu(order = 13, icon = "vaadin:comments-o", title = "My reviews")
@PermitAll
class MyReviewsView extends Main {

    final Grid<SubmissionSummary> grid = new Grid<>();

    MyReviewsView(ReviewService reviews) {
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("My reviews");
        heading.addClassNames(LumoUtility.Margin.NONE);
        grid.addColumn(SubmissionSummary::caseTitle).setHeader("Case").setFlexGrow(2);
        grid.addColumn(summary -> Levels.label(summary.level())).setHeader("Level");
        grid.addColumn(summary -> ReviewTexts.when(summary.submittedAt())).setHeader("Submitted");
        grid.addColumn(ReviewTexts::statusForLearner).setHeader("Status").setFlexGrow(2);
        grid.addComponentColumn(this::open).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText("You have not asked for a review yet. Finish a practice session, then press "
                + "\"Submit for mentor review\" on its report.");
        grid.setItems(reviews.mine());
        add(heading, grid);
    }

    private Component open(SubmissionSummary summary) {
        var open = new Button(summary.status() == ReviewStatus.RETURNED ? "Read the review" : "Open",
                event -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                        new RouteParameters("submissionId", String.valueOf(summary.id())))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.getElement().setAttribute("aria-label", open.getText() + ": " + summary.caseTitle());
        return open;
    }
}
