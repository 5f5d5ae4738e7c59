package org.designcoach.progress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.designcoach.security.Role;
import org.designcoach.session.LearnerActivity;

/** A mentor's learners, from every cohort they mentor, each linking to their progress. */
@Route("learners")
@PageTitle("My learners")
@Menu(order = 50, icon = "vaadin:users", title = "Learners")
@RolesAllowed(Role.MENTOR_NAME)
class LearnersView extends Main {

    final Grid<LearnerActivity> grid = new Grid<>();

    LearnersView(ProgressService progress) {
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("My learners");
        heading.addClassNames(LumoUtility.Margin.NONE);
        grid.addComponentColumn(learner -> new Anchor("progress/" + learner.learner(), learner.learner()))
                .setHeader("Learner").setComparator(LearnerActivity::learner).setSortable(true).setFlexGrow(2);
        grid.addColumn(LearnerActivity::attempts).setHeader("Attempts").setSortable(true);
        grid.addColumn(LearnerActivity::finished).setHeader("Finished").setSortable(true);
        grid.addColumn(learner -> learner.lastActivity() == null ? "Not yet practised"
                : AttemptGrid.WHEN.format(learner.lastActivity())).setHeader("Last activity").setFlexGrow(2)
                .setComparator(learner -> learner.lastActivity() == null ? java.time.Instant.MIN
                        : learner.lastActivity()).setSortable(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText("No learners yet. An administrator adds you to a cohort as its mentor; the cohort's "
                + "learners then appear here.");
        grid.setItems(progress.myLearners());
        add(heading, grid);
    }
}
