package org.designcoach.reporting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.reporting.CohortReport.LearnerRow;
import org.designcoach.reporting.CohortReport.StageFigure;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;

/** A cohort's report: who practises, how each stage goes, what the designs miss, how reviews flow. */
@Route("reports")
@PageTitle("Cohort reports")
@Menu(order = 55, icon = "vaadin:chart-grid", title = "Cohort reports")
@RolesAllowed({Role.ADMIN_NAME, Role.MENTOR_NAME})
class CohortReportView extends Main implements HasUrlParameter<Long> {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    final Select<CohortSummary> cohort = new Select<>();
    final Div report = new Div();
    private final CohortReports reports;

    CohortReportView(CohortReports reports) {
        this.reports = reports;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Cohort reports");
        heading.addClassNames(LumoUtility.Margin.NONE);
        cohort.setLabel("Cohort");
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setEmptySelectionAllowed(false);
        cohort.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(CohortReportView.class, event.getValue().id());
            }
        });
        report.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        add(heading, cohort, report);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long cohortId) {
        List<CohortSummary> visible = reports.cohorts();
        report.removeAll();
        cohort.setItems(visible);
        if (visible.isEmpty()) {
            cohort.setVisible(false);
            report.add(new Paragraph("No cohort to report on yet. An administrator creates cohorts under Cohorts and "
                    + "names their mentors; each cohort's report then appears here."));
            return;
        }
        long chosen = cohortId != null ? cohortId : visible.getFirst().id();
        try {
            show(reports.report(chosen));
            visible.stream().filter(found -> found.id() == chosen).findFirst().ifPresent(cohort::setValue);
        } catch (ReportException e) {
            report.add(new Paragraph(e.getMessage()));
        }
    }

    private void show(CohortReport shown) {
        var period = new Paragraph("The " + CohortReportCalculator.WEEKS + " weeks from " + WEEK.format(shown.from())
                + " to today (UTC). Scores are averages over the attempts finished in that time.");
        period.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        byte[] csv = CohortReports.csv(shown).getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), fileName(shown), "text/csv", csv.length)), "Download CSV");
        download.getElement().setAttribute("download", true);
        report.add(period, download, section("Reviews", reviews(shown)), section("Score per stage", stages(shown)),
                section("Weakest skills", skills(shown)), section("Attempts per learner and week", learners(shown)));
    }

    private static Component section(String title, Component content) {
        var section = new Div(new H3(title), content);
        section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return section;
    }

    private static Component reviews(CohortReport shown) {
        var figures = shown.reviews();
        var list = new UnorderedList(
                new ListItem("Waiting for a mentor: " + figures.waiting() + (figures.oldestWaiting() == null ? ""
                        : " (the oldest for " + Durations.words(figures.oldestWaiting()) + ")")),
                new ListItem("With a mentor now: " + figures.inReview()),
                new ListItem("Returned in the period: " + figures.returned() + (figures.medianTurnaround() == null ? ""
                        : "; half within " + Durations.words(figures.medianTurnaround()) + ", the slowest took "
                                + Durations.words(figures.longestTurnaround()))));
        figures.mentors().forEach(mentor -> list.add(new ListItem((mentor.mentor().isEmpty() ? "A former mentor"
                : mentor.mentor()) + " returned " + mentor.returned() + ", half within "
                + Durations.words(mentor.medianTurnaround()))));
        return list;
    }

    private static Component stages(CohortReport shown) {
        var grid = new Grid<StageFigure>();
        grid.addColumn(figure -> figure.stage().number() + ". " + figure.stage().title()).setHeader("Stage")
                .setFlexGrow(2);
        grid.addColumn(figure -> figure.average() == null ? "—" : String.valueOf(figure.average()))
                .setHeader("Average score");
        grid.addColumn(StageFigure::attempts).setHeader("Finished attempts");
        grid.setItems(shown.stages());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static Component skills(CohortReport shown) {
        if (shown.weakestSkills().isEmpty()) {
            return new Paragraph("No design in the period lost points yet: the weakest skills show once learners "
                    + "finish attempts.");
        }
        var list = new UnorderedList();
        shown.weakestSkills().forEach(skill -> list.add(new ListItem(label(skill.category()) + ": "
                + String.format(Locale.ENGLISH, "%.1f", skill.pointsPerAttempt()) + " points lost per finished "
                + "attempt, by " + skill.learners() + (skill.learners() == 1 ? " learner" : " learners"))));
        return list;
    }

    private static Component learners(CohortReport shown) {
        if (shown.learners().isEmpty()) {
            return new Paragraph("This cohort has no learners yet. An administrator adds them under Cohorts.");
        }
        var grid = new Grid<LearnerRow>();
        grid.addColumn(LearnerRow::learner).setHeader("Learner").setSortable(true).setFlexGrow(2)
                .setComparator(LearnerRow::learner);
        for (int week = 0; week < shown.weeks().size(); week++) {
            int index = week;
            grid.addColumn(row -> row.attemptsPerWeek().get(index)).setHeader(WEEK.format(shown.weeks().get(week)))
                    .setFlexGrow(0).setWidth("5.5rem");
        }
        grid.addColumn(LearnerRow::attempts).setHeader("Attempts").setSortable(true).setComparator(LearnerRow::attempts);
        grid.addColumn(LearnerRow::finished).setHeader("Finished").setSortable(true)
                .setComparator(LearnerRow::finished);
        grid.addColumn(row -> row.averageScore() == null ? "—" : String.valueOf(row.averageScore()))
                .setHeader("Average score");
        grid.setItems(shown.learners());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static String label(org.designcoach.rules.Category category) {
        String id = category.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    private static String fileName(CohortReport shown) {
        return "cohort-" + shown.cohortId() + "-report-" + shown.weeks().getLast() + ".csv";
    }
}
