package org.designcoach.session;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.Map;
import org.designcoach.content.CaseStudy;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;

/**
 * Stage 2: the worksheet. Assumptions come prefilled from what stage 1 revealed; each derived line
 * is the learner's own number. Guided sessions check each line as it is typed; mock sessions keep
 * the checks for the report.
 */
class EstimationStage extends Composite<Div> {

    final Map<String, TextField> assumptions = new LinkedHashMap<>();
    final Map<String, TextField> results = new LinkedHashMap<>();
    final Map<String, Div> checks = new LinkedHashMap<>();
    final TextField scratch = new TextField("Scratch calculator");
    final Span scratchResult = new Span();
    /** Which scale tier the learner's own peak puts the case in; the design is judged at that load. */
    final Paragraph tier = new Paragraph();
    private final SessionService sessions;
    private final SessionState state;
    private final Saver saver;
    private final CaseStudy study;

    EstimationStage(SessionService sessions, SessionState state, Saver saver) {
        this.sessions = sessions;
        this.state = state;
        this.saver = saver;
        this.study = sessions.caseOf(state.id());
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        var cheatSheet = new Anchor("concepts/estimation-cheat-sheet", "Open the estimation cheat sheet");
        cheatSheet.setTarget("_blank");
        var intro = new Paragraph("Type numbers the way you would say them: 100M, 2.5e6, 3 TB, 1.2k/s, 40 QPS. "
                + "Units are understood and converted.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        getContent().add(new H3("Assumptions"), intro, cheatSheet, assumptionFields(study),
                new H3("Your estimates"), resultFields(study), tier, scratchCalculator());
        tier.getElement().setAttribute("aria-live", "polite");
        // Only now, with every field filled from the stored answers: a listener that heard those values
        // being set would save a worksheet still being built, and drop the line being filled.
        assumptions.values().forEach(this::saveOnChange);
        results.values().forEach(this::saveOnChange);
        showChecks();
        showTier();
    }

    private Div assumptionFields(CaseStudy study) {
        Map<String, String> revealed = EstimationGrading.revealed(study, state.answers());
        var grid = new Div();
        grid.addClassNames("session-three-columns");
        for (CaseStudy.Assumption assumption : study.estimate().assumptions()) {
            var field = field(assumption.label());
            String saved = state.answers().assumptions().get(assumption.id());
            field.setValue(saved != null ? saved : revealed.getOrDefault(assumption.id(), ""));
            field.setPlaceholder("ask in stage 1, or assume");
            field.setHelperText((revealed.containsKey(assumption.id()) ? "from the interviewer" : "your assumption")
                    + "; " + unitHint(assumption.value()));
            assumptions.put(assumption.id(), field);
            grid.add(field);
        }
        return grid;
    }

    /** The unit the case writes a value in, so the learner knows whether a factor, a size or a rate is meant. */
    static String unitHint(String caseValue) {
        String unit;
        try {
            unit = QuantityParser.unitText(caseValue);
        } catch (QuantityException unreadable) {
            unit = "";
        }
        return unit.isEmpty() ? "a plain number" : "in " + unit + " (a bare number is read in " + unit + ")";
    }

    private Div resultFields(CaseStudy study) {
        var list = new Div();
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        for (CaseStudy.Result result : study.estimate().results()) {
            var field = field(result.label());
            field.setValue(state.answers().estimates().getOrDefault(result.id(), ""));
            results.put(result.id(), field);
            var check = new Div();
            check.addClassNames("worksheet-check");
            check.getElement().setAttribute("aria-live", "polite");
            checks.put(result.id(), check);
            var row = new Div(field, check);
            row.addClassNames("session-two-columns");
            list.add(row);
        }
        return list;
    }

    private TextField field(String label) {
        var field = new TextField(label);
        field.setMaxLength(100);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(Saver.SAVE_DELAY_MS);
        return field;
    }

    private void saveOnChange(TextField field) {
        markProblem(field);
        field.addValueChangeListener(event -> {
            markProblem(field);
            save();
        });
    }

    /** A value that cannot be read is kept as typed, and says what is wrong with it. */
    private static void markProblem(TextField field) {
        var problem = EstimationGrading.problem(field.getValue());
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.orElse(null));
    }

    private Div scratchCalculator() {
        scratch.setPlaceholder("100M / (30 * 86400 s)");
        scratch.setHelperText("Expressions with units; your assumptions by their names, such as "
                + String.join(", ", assumptions.keySet().stream().limit(3).toList()) + ".");
        scratch.setWidth("28rem");
        // A calculator, not an answer: typing in it saves nothing.
        scratch.getElement().setAttribute("data-draft", "");
        var evaluate = new Button("Work it out", event -> evaluate());
        // A click shortcut, not a key listener: it sends the typed expression before the click.
        evaluate.addClickShortcut(Key.ENTER).listenOn(scratch);
        scratchResult.getElement().setAttribute("aria-live", "polite");
        var row = new Div(scratch, evaluate);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        return new Div(new H3("Scratch calculator"), row, scratchResult);
    }

    private void evaluate() {
        scratchResult.setText(EstimationGrading.calculate(study, scratch.getValue(), current()));
    }

    private SessionAnswers current() {
        return state.answers().withWorksheet(values(assumptions), values(results));
    }

    private void save() {
        Map<String, String> a = values(assumptions);
        Map<String, String> r = values(results);
        saver.save(answers -> answers.withWorksheet(a, r));
        showChecks();
        showTier();
    }

    private void showChecks() {
        if (state.mode() != Mode.GUIDED) {
            checks.values().forEach(check -> check.setText(""));
            return;
        }
        EstimationGrading.Graded graded = sessions.checkWorksheet(state.id(), current());
        for (EstimationGrading.Line line : graded.lines()) {
            Div check = checks.get(line.id());
            if (check != null) {
                check.removeAll();
                if (!line.slip().isEmpty()) {
                    // A unit error or a power-of-ten slip is what an interviewer stops the candidate for.
                    var slip = new Span(line.slip());
                    slip.getElement().getThemeList().add("badge error");
                    check.add(slip);
                }
                check.add(new Span(line.verdict()), new Paragraph(line.explanation()));
            }
        }
    }

    private void showTier() {
        tier.setText(EstimationGrading.peakQps(study, current()).map(peak -> {
            ScaleTier scale = ScaleTier.of(peak);
            return "Your peak of " + EstimationGrading.rateText(peak) + " puts this case in the tier of " + scale.range()
                    + ": " + scale.calls() + ". The design stage judges your drawing at this load.";
        }).orElse("Once your peak line reads as a rate, this says which scale tier it puts the case in; "
                + "until then the design is judged at the case's own figure."));
    }

    private static Map<String, String> values(Map<String, TextField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((id, field) -> {
            if (!field.getValue().isBlank()) {
                values.put(id, field.getValue().strip());
            }
        });
        return values;
    }
}
