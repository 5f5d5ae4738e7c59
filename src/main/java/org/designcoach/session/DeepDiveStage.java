package org.designcoach.session;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.design.DesignComponent;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;

/** Stage 4: two or three components of the learner's own design, each examined on five points. */
class DeepDiveStage extends Composite<Div> {

    static final int MAX_DIVES = 3;

    final CheckboxGroup<DesignComponent> chosen = new CheckboxGroup<>("Components to examine (two or three)");
    final Div forms = new Div();
    private final Saver saver;
    private final Map<String, DeepDiveForm> byComponent = new LinkedHashMap<>();
    private final Map<String, DeepDiveForm> setAside = new LinkedHashMap<>();
    private Map<String, String> names = Map.of();

    DeepDiveStage(SessionService sessions, SessionState state, Saver saver) {
        this.saver = saver;
        Map<String, String> typeNames = new LinkedHashMap<>();
        sessions.palette().forEach(item -> typeNames.put(item.type(), item.name()));
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        getContent().add(new H3("Deep dive"));
        List<DesignComponent> components = state.answers().design() == null ? List.of()
                : state.answers().design().components();
        if (components.isEmpty()) {
            getContent().add(new Paragraph("Your design has no components yet. Go back to stage 3 and draw it; the "
                    + "deep dive examines parts of your own design."));
            return;
        }
        names = new LinkedHashMap<>();
        components.forEach(c -> names.put(c.id(), name(c, typeNames)));
        // A dive on a component since deleted from the design is dropped: there is nothing left to examine.
        state.answers().deepDives().stream().filter(dive -> names.containsKey(dive.componentId()))
                .forEach(dive -> byComponent.put(dive.componentId(), form(dive)));
        chosen.setItems(components);
        chosen.setItemLabelGenerator(c -> names.get(c.id()));
        chosen.setValue(new java.util.HashSet<>(components.stream()
                .filter(c -> byComponent.containsKey(c.id())).toList()));
        // The group's value is a set: keep the design's order, so that the forms do not jump around.
        chosen.addValueChangeListener(event -> {
            if (event.getValue().size() > MAX_DIVES) {
                // Back to the choice before the fourth box, so that the boxes and the forms agree.
                chosen.setValue(event.getOldValue());
                chosen.setErrorMessage("Pick at most three: depth matters more than breadth here. Untick one "
                        + "before choosing another.");
                chosen.setInvalid(true);
                return;
            }
            choose(components.stream().filter(event.getValue()::contains).map(DesignComponent::id).toList());
        });
        getContent().add(chosen, forms);
        showForms();
    }

    private void choose(List<String> ids) {
        chosen.setInvalid(false);
        // An unticked component's form is set aside, not thrown away: ticking it again brings its text back.
        for (String id : List.copyOf(byComponent.keySet())) {
            if (!ids.contains(id)) {
                setAside.put(id, byComponent.remove(id));
            }
        }
        // Rebuilt in the design's order, so that a form ticked later still takes its place in the design.
        Map<String, DeepDiveForm> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, Optional.ofNullable(byComponent.get(id))
                .or(() -> Optional.ofNullable(setAside.remove(id)))
                .orElseGet(() -> form(new DeepDiveAnswer(id, "", List.of(), "", "", "", "")))));
        byComponent.clear();
        byComponent.putAll(ordered);
        showForms();
        save();
    }

    /** The label or technology the learner gave, else the catalog's name of the type. */
    private static String name(DesignComponent component, Map<String, String> typeNames) {
        boolean named = component.label() != null && !component.label().isBlank()
                || component.technology() != null && !component.technology().isBlank();
        return named ? component.displayName() : typeNames.getOrDefault(component.type(), component.type());
    }

    private DeepDiveForm form(DeepDiveAnswer dive) {
        return new DeepDiveForm(dive, names.getOrDefault(dive.componentId(), dive.componentId()), this::save);
    }

    /**
     * Changes only the forms that come or go. A form taken off the page and put back is a new element in
     * the browser, made from what the server knows: text typed into it in the meantime, not yet sent,
     * would vanish from under the learner's fingers.
     */
    private void showForms() {
        forms.getChildren().filter(form -> !byComponent.containsValue(form)).toList().forEach(forms::remove);
        int index = 0;
        for (DeepDiveForm form : byComponent.values()) {
            if (index >= forms.getComponentCount() || forms.getComponentAt(index) != form) {
                forms.addComponentAtIndex(index, form);
            }
            index++;
        }
    }

    private void save() {
        List<DeepDiveAnswer> dives = byComponent.values().stream().map(DeepDiveForm::read).toList();
        saver.save(answers -> answers.withDeepDives(dives));
    }

    /** The five points for one component. */
    static class DeepDiveForm extends Composite<Div> {

        final TextArea challenge = area("The challenge");
        final List<TextField> options = new ArrayList<>();
        final TextField decision = new TextField("Decision");
        final TextArea why = area("Why");
        final TextArea implementation = area("How it works (implementation detail)");
        final TextArea edgeCases = area("Edge cases and failures");
        private final String componentId;

        DeepDiveForm(DeepDiveAnswer dive, String name, Runnable onChange) {
            this.componentId = dive.componentId();
            getContent().addClassNames("deep-dive-form", LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Background.CONTRAST_5);
            for (int i = 0; i < 3; i++) {
                var option = new TextField("Option " + (i + 1) + (i < 2 ? "" : " (optional)"));
                option.setValue(i < dive.options().size() ? dive.options().get(i) : "");
                options.add(option);
            }
            challenge.setValue(dive.challenge());
            decision.setValue(dive.decision());
            why.setValue(dive.why());
            implementation.setValue(dive.implementation());
            edgeCases.setValue(dive.edgeCases());
            decision.setWidthFull();
            var optionRow = new Div();
            optionRow.addClassNames("session-three-columns");
            options.forEach(optionRow::add);
            options.forEach(o -> lazy(o, onChange));
            List.of(challenge, why, implementation, edgeCases).forEach(a -> lazy(a, onChange));
            lazy(decision, onChange);
            getContent().add(new H4(name), challenge, optionRow, decision, why, implementation, edgeCases);
        }

        DeepDiveAnswer read() {
            return new DeepDiveAnswer(componentId, challenge.getValue(), typedOptions(), decision.getValue(),
                    why.getValue(), implementation.getValue(), edgeCases.getValue());
        }

        /** Each option in its own place, so that a second option typed before the first stays the second. */
        private List<String> typedOptions() {
            List<String> typed = new ArrayList<>(options.stream().map(TextField::getValue).toList());
            while (!typed.isEmpty() && typed.getLast().isBlank()) {
                typed.removeLast();
            }
            return typed;
        }

        private static TextArea area(String label) {
            var area = new TextArea(label);
            area.setWidthFull();
            area.setMaxLength(4000);
            return area;
        }

        private static void lazy(com.vaadin.flow.data.value.HasValueChangeMode field, Runnable onChange) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(Saver.SAVE_DELAY_MS);
            ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(event -> onChange.run());
        }
    }
}
