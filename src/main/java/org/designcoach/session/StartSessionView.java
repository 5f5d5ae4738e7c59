package org.designcoach.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcoach.content.Levels;

/** Choose how to practise a case: mock or guided, and at which level. */
@Route("practise/:caseId")
@PageTitle("Practise a case")
@PermitAll
class StartSessionView extends Main implements BeforeEnterObserver {

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>("How");
    final Select<String> level = new Select<>();
    final Button start = new Button("Start");
    private final SessionService sessions;
    final Paragraph budgets = new Paragraph();
    final Paragraph problem = new Paragraph();
    private final H2 heading = new H2();
    private String caseId = "";
    private Map<String, String> expectations = Map.of();

    StartSessionView(SessionService sessions) {
        this.sessions = sessions;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        setMaxWidth("48rem");
        heading.addClassNames(LumoUtility.Margin.NONE);
        mode.setItems(Mode.MOCK, Mode.GUIDED);
        mode.setItemLabelGenerator(m -> m == Mode.MOCK
                ? "Mock interview: on the clock, feedback only at the end, the solution hidden"
                : "Guided: hints and live feedback, the reference opens stage by stage, no deadline: the clock "
                        + "counts the time you spend, and you may pause it");
        mode.setValue(Mode.MOCK);
        mode.addClassNames("stacked-radios");
        level.setLabel("Level");
        level.setItems(Levels.ALL);
        level.setItemLabelGenerator(Levels::label);
        level.addValueChangeListener(event -> showExpectation());
        budgets.addClassNames(LumoUtility.TextColor.SECONDARY);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Disabled until the page has moved on, so that a double click starts one session, not two.
        start.setDisableOnClick(true);
        start.addClickListener(event -> begin());
        problem.addClassNames(LumoUtility.TextColor.ERROR);
        problem.getElement().setAttribute("role", "alert");
        add(heading, budgets, mode, level, start, problem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get("caseId").orElse("");
        var study = sessions.caseSummary(caseId);
        if (study.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no case with the id '"
                    + caseId + "'.");
            return;
        }
        heading.setText("Practise: " + study.get().title());
        expectations = study.get().levelExpectations();
        budgets.setText(budgetSentence(SessionService.budgets(study.get())));
        level.setValue(study.get().level());
        showExpectation();
    }

    /** The case's own stage budgets in words, since a case may set other budgets than the usual ones. */
    static String budgetSentence(Map<Stage, Duration> budgets) {
        String stages = Arrays.stream(Stage.values()).map(stage -> stage.title().toLowerCase(Locale.ROOT) + " "
                + budgets.get(stage).toMinutes() + " min").collect(Collectors.joining(", "));
        return "Five stages, each on its own clock: " + stages + ", and " + Stage.BUFFER_MINUTES
                + " minutes of buffer. Running over is allowed and recorded. Everything you type is saved as you go.";
    }

    private void showExpectation() {
        String expected = level.getValue() == null ? null : expectations.get(level.getValue());
        level.setHelperText(expected == null ? "The report names what an interviewer expects at this level."
                : "At this level the interviewer expects: " + expected + " The report holds your work up to it.");
    }

    private void begin() {
        try {
            SessionState state = sessions.start(caseId, mode.getValue(), level.getValue());
            getUI().ifPresent(ui -> ui.navigate(SessionView.class,
                    new RouteParameters("sessionId", String.valueOf(state.id()))));
        } catch (SessionException e) {
            problem.setText(e.getMessage());
            start.setEnabled(true);
        }
    }
}
