package org.designcoach.session;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.rules.Finding;
import org.designcoach.traffic.SimulationPanel;
import org.designcoach.traffic.TrafficService;
import org.designcoach.rules.Severity;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;

/** Stage 5: decisions with their price, and the questions every interviewer asks at the end. */
class TradeoffsStage extends Composite<Div> {

    final List<DecisionRow> decisions = new ArrayList<>();
    final Map<String, TextArea> standing = new LinkedHashMap<>();
    final Button addDecision = new Button("Add a decision");
    private final Div rows = new Div();
    private final Saver saver;

    TradeoffsStage(SessionService sessions, TrafficService traffic, SessionState state, Saver saver) {
        this.saver = saver;
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        getContent().add(new H3("Decisions and their price"));
        List<TradeOffAnswer> saved = state.answers().tradeoffs();
        for (int i = 0; i < Math.max(2, saved.size()); i++) {
            addRow(i < saved.size() ? saved.get(i) : new TradeOffAnswer("", "", "", ""));
        }
        addDecision.addClickListener(event -> addRow(new TradeOffAnswer("", "", "", "")));
        getContent().add(rows, addDecision, new H3("The questions at the end"));
        for (String id : SessionScorer.STANDING_QUESTIONS) {
            var area = new TextArea(SessionScorer.standingQuestion(id));
            area.setWidthFull();
            area.setMaxLength(4000);
            area.setValue(state.answers().standing().getOrDefault(id, ""));
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(Saver.SAVE_DELAY_MS);
            area.addValueChangeListener(event -> save());
            standing.put(id, area);
            getContent().add(area);
        }
        if (state.mode() == Mode.GUIDED) {
            getContent().add(weakPoints(sessions.designFindings(state.id()).findings()));
        }
        if (state.answers().design() != null && !state.answers().design().components().isEmpty()) {
            getContent().add(evidence(sessions, traffic, state));
        }
    }

    /** The learner's design under 2x, 10x and failures: the evidence for the answers above. */
    private static Div evidence(SessionService sessions, TrafficService traffic, SessionState state) {
        var canvas = new DesignCanvas(sessions.palette());
        canvas.setReadOnly(true);
        canvas.setHeight("380px");
        canvas.setDesign(state.answers().design());
        var hint = new Paragraph("Run your design at 2x and 10x your estimate, and fail its parts one by one: what "
                + "breaks first is the answer to the questions above.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(new H3("Evidence from the simulator"), hint, canvas, new SimulationPanel(traffic, canvas,
                () -> state.answers().design(), () -> java.util.Optional.of(state.caseId()),
                () -> sessions.estimatedPeak(state.id()))
                .withEstimatedReadFraction(() -> sessions.estimatedReadFraction(state.id())));
    }

    private Div weakPoints(List<Finding> findings) {
        var list = new UnorderedList();
        findings.stream().filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .forEach(f -> list.add(new ListItem(f.title())));
        var hint = new Paragraph("Hint: the weak points the rules found in your design. Name them above and say "
                + "what you would do about each.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(hint, list);
    }

    private void addRow(TradeOffAnswer answer) {
        var row = new DecisionRow(answer, this::save);
        decisions.add(row);
        rows.add(row);
    }

    private void save() {
        List<TradeOffAnswer> answers = decisions.stream().map(DecisionRow::read)
                .filter(t -> !(t.decision().isBlank() && t.pro().isBlank() && t.con().isBlank()
                        && t.acceptedBecause().isBlank()))
                .toList();
        Map<String, String> questions = new LinkedHashMap<>();
        standing.forEach((id, area) -> questions.put(id, area.getValue()));
        saver.save(current -> current.withTradeoffs(answers, questions));
    }

    /** Decision, pro, con, accepted because. */
    static class DecisionRow extends Composite<Div> {

        final TextField decision = new TextField("Decision");
        final TextField pro = new TextField("Pro");
        final TextField con = new TextField("Con");
        final TextField accepted = new TextField("Accepted because");

        DecisionRow(TradeOffAnswer answer, Runnable onChange) {
            getContent().addClassNames("session-four-columns");
            decision.setValue(answer.decision());
            pro.setValue(answer.pro());
            con.setValue(answer.con());
            accepted.setValue(answer.acceptedBecause());
            for (TextField field : List.of(decision, pro, con, accepted)) {
                field.setMaxLength(500);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(Saver.SAVE_DELAY_MS);
                field.addValueChangeListener(event -> onChange.run());
                getContent().add(field);
            }
        }

        TradeOffAnswer read() {
            return new TradeOffAnswer(decision.getValue(), pro.getValue(), con.getValue(), accepted.getValue());
        }
    }
}
