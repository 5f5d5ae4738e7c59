package org.designcoach.progress;

import com.vaadin.flow.component.combobox.ComboBox;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;

/**
 * A mentor's learners, from every cohort they mentor or from one (an administrator's: every cohort's),
 * each linking to their progress.
 */
@Route("learners")
@PageTitle("My learners")
@Menu(order = 50, icon = "vaadin:users", title = "Learners")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
class LearnersView extends Main {

    final ComboBox<String> cohort = new ComboBox<>("Cohort");
    final Grid<MentoredLearner> grid = new Grid<>();
    private final List<MentoredLearner> learners;

    LearnersView(ProgressService progress) {
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        var heading = new H2(admin ? "Learners in every cohort" : "My learners");
        heading.addClassNames(LumoUtility.Margin.NONE);
        learners = progress.myLearners();
        cohort.setItems(learners.stream().flatMap(learner -> learner.cohorts().stream()).distinct().sorted().toList());
        cohort.setPlaceholder(admin ? "All cohorts" : "All my cohorts");
        cohort.setClearButtonVisible(true);
        cohort.addClassNames(LumoUtility.AlignSelf.START);
        cohort.addValueChangeListener(event -> show());
        columns();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(admin ? "No learners in any cohort yet. Create a cohort under Cohorts and add its "
                + "learners; they then appear here."
                : "No learners yet. An administrator adds you to a cohort as its mentor; the cohort's learners then "
                        + "appear here.");
        add(heading, cohort, grid);
        show();
    }

    private void columns() {
        grid.addComponentColumn(learner -> new Anchor("progress/" + learner.learner(), learner.learner()))
                .setHeader("Learner").setComparator(MentoredLearner::learner).setSortable(true).setFlexGrow(2);
        grid.addColumn(learner -> String.join(", ", learner.cohorts())).setHeader("Cohorts").setFlexGrow(2);
        grid.addColumn(learner -> learner.activity().attempts()).setHeader("Attempts").setSortable(true);
        grid.addColumn(learner -> learner.activity().finished()).setHeader("Finished").setSortable(true);
        grid.addColumn(learner -> learner.activity().averageScore() == null ? "—"
                : String.valueOf(Math.round(learner.activity().averageScore()))).setHeader("Average score")
                .setComparator(learner -> Objects.requireNonNullElse(learner.activity().averageScore(), -1.0))
                .setSortable(true);
        grid.addColumn(learner -> learner.activity().lastActivity() == null ? "Not yet practised"
                : AttemptGrid.WHEN.format(learner.activity().lastActivity())).setHeader("Last activity")
                .setFlexGrow(2).setComparator(learner -> Objects.requireNonNullElse(learner.activity().lastActivity(),
                        Instant.MIN)).setSortable(true);
    }

    private void show() {
        String chosen = cohort.getValue();
        grid.setItems(chosen == null ? learners
                : learners.stream().filter(learner -> learner.cohorts().contains(chosen)).toList());
    }
}
