package org.designcoach.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.content.Levels;
import org.designcoach.security.Role;

/** The mentor's queue: submissions of the learners in their cohorts, oldest first, to claim and review. */
@Route("reviews")
@PageTitle("Reviews")
@Menu(order = 14, icon = "vaadin:clipboard-check", title = "Reviews")
@RolesAllowed(Role.MENTOR_NAME)
class ReviewQueueView extends Main {

    final ComboBox<CohortSummary> cohort = new ComboBox<>("Cohort");
    final ComboBox<String> caseStudy = new ComboBox<>("Case");
    final ComboBox<String> level = new ComboBox<>("Level");
    final Checkbox includeReturned = new Checkbox("Show returned reviews too");
    final Grid<SubmissionSummary> grid = new Grid<>();
    private final ReviewService reviews;
    private final boolean mentorsACohort;

    ReviewQueueView(ReviewService reviews) {
        this.reviews = reviews;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Reviews");
        heading.addClassNames(LumoUtility.Margin.NONE);
        List<CohortSummary> cohorts = reviews.cohortsIMentor();
        mentorsACohort = !cohorts.isEmpty();
        add(heading, filters(cohorts, reviews.caseTitles()), grid);
        columns();
        refresh();
    }

    private Div filters(List<CohortSummary> cohorts, Map<String, String> caseTitles) {
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(CohortSummary::name);
        caseStudy.setItems(caseTitles.keySet());
        caseStudy.setItemLabelGenerator(id -> caseTitles.getOrDefault(id, id));
        level.setItems(Levels.ALL);
        level.setItemLabelGenerator(Levels::label);
        for (ComboBox<?> filter : List.of(cohort, caseStudy, level)) {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder("Any");
            filter.addValueChangeListener(event -> refresh());
        }
        includeReturned.addValueChangeListener(event -> refresh());
        var row = new Div(cohort, caseStudy, level, includeReturned);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);
        return row;
    }

    private void columns() {
        grid.addColumn(summary -> ReviewTexts.when(summary.submittedAt())).setHeader("Submitted");
        grid.addColumn(SubmissionSummary::learner).setHeader("Learner");
        grid.addColumn(SubmissionSummary::caseTitle).setHeader("Case").setFlexGrow(2);
        grid.addColumn(summary -> Levels.label(summary.level())).setHeader("Level");
        grid.addColumn(ReviewTexts::statusForMentor).setHeader("Status").setFlexGrow(2);
        grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
    }

    private Component action(SubmissionSummary summary) {
        boolean waiting = summary.status() == ReviewStatus.SUBMITTED;
        var button = new Button(waiting ? "Claim" : "Open", event -> {
            if (waiting) {
                claim(summary);
            } else {
                open(summary.id());
            }
        });
        button.addThemeVariants(waiting ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", button.getText() + ": " + summary.learner() + ", "
                + summary.caseTitle());
        return button;
    }

    private void claim(SubmissionSummary summary) {
        try {
            reviews.claim(summary.id());
            open(summary.id());
        } catch (ReviewException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            refresh();
        }
    }

    private void open(long submissionId) {
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                new RouteParameters("submissionId", String.valueOf(submissionId))));
    }

    private void refresh() {
        var filter = new QueueFilter(cohort.getValue() == null ? null : cohort.getValue().id(), caseStudy.getValue(),
                level.getValue(), includeReturned.getValue());
        grid.setItems(reviews.queue(filter));
        grid.setEmptyStateText(emptyText(filter));
    }

    private String emptyText(QueueFilter filter) {
        if (!mentorsACohort) {
            return "You mentor no cohort yet, so no submission can reach you. Ask an administrator to assign you "
                    + "to a cohort on the Admin pages.";
        }
        if (filter.cohortId() != null || filter.caseId() != null || filter.level() != null) {
            return "No submission matches these filters. Clear a filter to see more.";
        }
        return "Nothing is waiting for review. When a learner in one of your cohorts submits a finished attempt, "
                + "it appears here, oldest first.";
    }
}
