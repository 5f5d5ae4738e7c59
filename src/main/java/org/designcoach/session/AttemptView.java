package org.designcoach.session;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameterRegex;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.designcoach.content.Levels;
import org.designcoach.traffic.TrafficService;

/** A past attempt, read-only: for its author, and for the mentors of the author's cohorts. */
@Route("attempts/:attemptId(" + RouteParameterRegex.LONG + ")")
@PageTitle("Attempt")
@PermitAll
class AttemptView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final H2 heading = new H2();
    final Paragraph facts = new Paragraph();
    private final AttemptService attempts;
    private final TrafficService traffic;

    AttemptView(AttemptService attempts, TrafficService traffic) {
        this.attempts = attempts;
        this.traffic = traffic;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        heading.addClassNames(LumoUtility.Margin.NONE);
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            show(attempts.attempt(id));
        } catch (SessionException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(Attempt attempt) {
        SessionState state = attempt.state();
        heading.setText(state.caseTitle() + " by " + attempt.owner());
        facts.setText((state.mode() == Mode.MOCK ? "Mock" : "Guided") + " interview at " + Levels.label(state.level())
                + " level · started " + DAY.format(attempt.startedAt()) + " · " + status(attempt));
        removeAll();
        add(heading, facts, new AttemptReplay(attempt, attempts.palette(), traffic));
    }

    private static String status(Attempt attempt) {
        return attempt.finishedReport().map(report -> "finished, overall " + report.overall() + " / 100")
                .orElse(attempt.state().status() == SessionStatus.IN_PROGRESS ? "in progress" : "discarded");
    }
}
