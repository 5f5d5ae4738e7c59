package org.designcoach.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.SessionStatus;

/**
 * The body of a progress page, the same for the learner and their mentors: headline numbers, what to
 * practise next, the charts and every attempt. Only the learner is offered to start a practice.
 */
class ProgressPage extends Div {

    final H2 heading = new H2();
    final Div headline = new Div();
    final Div charts = new Div();
    final List<ProgressChart> chartComponents = new ArrayList<>();
    final AttemptGrid attempts;

    ProgressPage(Progress progress) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.LARGE);
        heading.setText(progress.own() ? "My progress" : "Progress of " + progress.learner());
        heading.addClassNames(LumoUtility.Margin.NONE);
        add(heading);
        attempts = new AttemptGrid(progress.attempts(), progress.own());
        if (!progress.hasAttempts()) {
            add(emptyState(progress), practiseNext(progress));
            return;
        }
        headline.add(stat("Attempts", progress.attempts().size() + "", finishedCount(progress) + " finished"),
                stat("Cases covered", progress.casesCovered() + " of " + progress.casesTotal(),
                        progress.casesTotal() - progress.casesCovered() + " still to try"),
                stat("Streak", days(progress.streak().current()), "longest " + days(progress.streak().longest())));
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        add(headline, practiseNext(progress), chartSection(progress), attemptSection());
    }

    private Component emptyState(Progress progress) {
        var section = new Section(new H3("No attempts yet"));
        if (progress.own()) {
            section.add(new Paragraph("Your progress appears here as you practise: every attempt adds its score per "
                    + "stage, the time each stage took against its budget, how close your estimates came and where "
                    + "your designs lose points. Pick a case from the library and press \"Practise this case\"."),
                    new Anchor("cases", "Open the case library"));
        } else {
            section.add(new Paragraph(progress.learner() + " has not practised yet. Their attempts, scores and "
                    + "charts appear here as they make them."));
        }
        return section;
    }

    private Component practiseNext(Progress progress) {
        var section = new Section(new H3("Practise next"));
        section.addClassNames("practise-next");
        progress.suggestion().ifPresentOrElse(next -> {
            section.add(new Paragraph(next.reason()));
            if (progress.own()) {
                var start = new Button("Practise " + next.caseTitle(),
                        e -> getUI().ifPresent(ui -> ui.navigate("practise/" + next.caseId())));
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                section.add(start);
            } else {
                section.add(new Anchor("cases/" + next.caseId(), "Open " + next.caseTitle() + " in the case library"));
            }
        }, () -> section.add(new Paragraph("There is no case in the library yet.")));
        return section;
    }

    private Component chartSection(Progress progress) {
        var section = new Section(new H3("Over time"));
        if (progress.scored().isEmpty()) {
            section.add(new Paragraph("Finish an attempt to see the scores, times and points lost drawn here."));
            return section;
        }
        charts.addClassNames(LumoUtility.Display.GRID, LumoUtility.Grid.Column.COLUMNS_1,
                LumoUtility.Grid.Breakpoint.Large.COLUMNS_2, LumoUtility.Gap.LARGE);
        for (ProgressCharts.Chart chart : ProgressCharts.of(progress)) {
            var component = new ProgressChart(chart.title(), chart.spec(), chart.summary());
            if (!chart.spec().keys().isEmpty()) {
                component.addPointClickListener(click -> progress.scored().stream()
                        .filter(a -> String.valueOf(a.id()).equals(click.key())).findFirst()
                        .ifPresent(a -> getUI().ifPresent(ui -> ui.navigate(AttemptGrid.target(a, progress.own())))));
            }
            chartComponents.add(component);
            var title = new H3(chart.title());
            title.addClassNames(LumoUtility.FontSize.MEDIUM);
            charts.add(new Div(title, component));
        }
        section.add(charts);
        return section;
    }

    private Component attemptSection() {
        return new Section(new H3("Every attempt"), attempts);
    }

    private static Component stat(String label, String value, String detail) {
        var number = new Span(value);
        number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        var caption = new Span(label);
        caption.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var more = new Span(detail);
        more.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var card = new Div(caption, number, more);
        card.addClassNames("progress-stat", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        return card;
    }

    private static long finishedCount(Progress progress) {
        return progress.attempts().stream().map(AttemptResult::status).filter(SessionStatus.FINISHED::equals).count();
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
