package org.designcoach.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.designcoach.content.Levels;

/** The learner's sessions: resume an unfinished one, read a report, or discard. */
@Route("sessions")
@PageTitle("My practice")
@Menu(order = 12, icon = "vaadin:timer", title = "Practice")
@PermitAll
class SessionListView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    final Grid<SessionSummary> grid = new Grid<>();
    private final SessionService sessions;

    SessionListView(SessionService sessions) {
        this.sessions = sessions;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("My practice");
        heading.addClassNames(LumoUtility.Margin.NONE);
        grid.addColumn(SessionSummary::caseTitle).setHeader("Case").setFlexGrow(2);
        grid.addColumn(s -> (s.mode() == Mode.MOCK ? "Mock" : "Guided") + ", " + Levels.label(s.level()))
                .setHeader("Mode and level");
        grid.addColumn(s -> s.status() == SessionStatus.FINISHED ? "Finished"
                : "Stage " + s.stage().number() + ": " + s.stage().title()).setHeader("Where");
        grid.addColumn(s -> WHEN.format(s.updatedAt())).setHeader("Last change");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText("No sessions yet. Open a case from Cases and press \"Practise this case\".");
        add(heading, grid);
        refresh();
    }

    private Component actions(SessionSummary summary) {
        var params = new RouteParameters("sessionId", String.valueOf(summary.id()));
        if (summary.status() == SessionStatus.FINISHED) {
            var report = new Button("Report", e -> getUI().ifPresent(ui -> ui.navigate(ReportView.class, params)));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return report;
        }
        var resume = new Button("Resume", e -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, params)));
        resume.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resume.getElement().setAttribute("aria-label", "Resume " + summary.caseTitle());
        var discard = new Button("Discard", e -> confirmDiscard(summary));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        discard.getElement().setAttribute("aria-label", "Discard " + summary.caseTitle());
        return new Div(resume, discard);
    }

    private void confirmDiscard(SessionSummary summary) {
        var dialog = new ConfirmDialog("Discard this session?", "Everything you wrote in this session of "
                + summary.caseTitle() + " is removed from your list. This cannot be undone.", "Discard", e -> {
                    sessions.discard(summary.id());
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(sessions.mine());
    }
}
