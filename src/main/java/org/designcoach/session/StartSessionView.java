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
    private final H2 heading = new H2();
    private String caseId = "";

    StartSessionView(SessionService sessions) {
        this.sessions = sessions;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        setMaxWidth("48rem");
        heading.addClassNames(LumoUtility.Margin.NONE);
        mode.setItems(Mode.MOCK, Mode.GUIDED);
        mode.setItemLabelGenerator(m -> m == Mode.MOCK
                ? "Mock interview: on the clock, feedback only at the end, the solution hidden"
                : "Guided: hints and live feedback, the reference opens stage by stage, pause when you like");
        mode.setValue(Mode.MOCK);
        mode.addClassNames("stacked-radios");
        level.setLabel("Level");
        level.setItems(Levels.ALL);
        level.setItemLabelGenerator(Levels::label);
        level.setHelperText("The level sets what the report expects of you.");
        var budgets = new Paragraph("Five stages, each on its own clock: requirements 5 minutes, estimation 3, "
                + "design 10, deep dive 20, trade-offs 7, and 5 minutes of buffer. Running over is allowed and "
                + "recorded. Everything you type is saved as you go.");
        budgets.addClassNames(LumoUtility.TextColor.SECONDARY);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> begin());
        add(heading, budgets, mode, level, start);
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
        level.setValue(study.get().level());
    }

    private void begin() {
        SessionState state = sessions.start(caseId, mode.getValue(), level.getValue());
        getUI().ifPresent(ui -> ui.navigate(SessionView.class,
                new RouteParameters("sessionId", String.valueOf(state.id()))));
    }
}
