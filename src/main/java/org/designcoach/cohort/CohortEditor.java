package org.designcoach.cohort;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The selected cohort: its name and description, its learners and its mentors. */
class CohortEditor extends Composite<Div> {

    final TextField name = new TextField("Name");
    final TextField description = new TextField("Description");
    final Button save = new Button("Save name and description");
    final Button delete = new Button("Delete cohort");
    final Members learners;
    final Members mentors;
    private final CohortService cohorts;
    private final Consumer<@Nullable CohortSummary> changed;
    private @Nullable CohortSummary current;

    CohortEditor(CohortService cohorts, Consumer<@Nullable CohortSummary> changed) {
        this.cohorts = cohorts;
        this.changed = changed;
        learners = new Members("Learners", "Username of a learner", "Add learner",
                "No learners yet. Add them by username.", cohorts::addLearner, cohorts::removeLearner);
        mentors = new Members("Mentors", "Username of a mentor", "Add mentor",
                "No mentor yet. Until one is assigned, nobody reviews this cohort's attempts.", cohorts::addMentor,
                cohorts::removeMentor);
        name.setMaxLength(Cohort.MAX_NAME);
        description.setMaxLength(Cohort.MAX_DESCRIPTION);
        description.setWidth("24rem");
        save.addClickListener(event -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(event -> {
            if (current != null) {
                CohortsView.confirmDelete(current, this::delete).open();
            }
        });
        var details = new Div(name, description, save, delete);
        details.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM,
                LumoUtility.FlexWrap.WRAP);
        var members = new Div(learners, mentors);
        members.addClassNames("session-two-columns");
        getContent().add(new H3("Edit the selected cohort"), details, members);
        getContent().addClassNames(LumoUtility.Border.TOP, LumoUtility.Padding.Top.MEDIUM);
        setVisible(false);
    }

    void edit(@Nullable CohortSummary cohort) {
        current = cohort;
        setVisible(cohort != null);
        if (cohort != null) {
            name.setValue(cohort.name());
            name.setInvalid(false);
            description.setValue(cohort.description());
            learners.show(cohort, cohort.learners());
            mentors.show(cohort, cohort.mentors());
        }
    }

    private void save() {
        if (current == null) {
            return;
        }
        try {
            CohortSummary saved = cohorts.describe(current.id(), current.version(), name.getValue(),
                    description.getValue());
            changed.accept(saved);
            CohortsView.success("Saved " + saved.name() + ".");
        } catch (CohortException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void delete() {
        if (current != null) {
            String deleted = current.name();
            cohorts.delete(current.id());
            changed.accept(null);
            CohortsView.success("Deleted " + deleted + ".");
        }
    }

    /** One list of members with a field to add one more. */
    final class Members extends Div {

        final TextField username;
        final Button add;
        final UnorderedList names = new UnorderedList();
        private final Paragraph none;
        private final BiFunction<Long, String, CohortSummary> adder;
        private final BiFunction<Long, String, CohortSummary> remover;

        Members(String title, String fieldLabel, String addLabel, String emptyText,
                BiFunction<Long, String, CohortSummary> adder, BiFunction<Long, String, CohortSummary> remover) {
            this.adder = adder;
            this.remover = remover;
            username = new TextField(fieldLabel);
            add = new Button(addLabel, event -> add());
            add.addClickShortcut(Key.ENTER).listenOn(username);
            none = new Paragraph(emptyText);
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            var form = new Div(username, add);
            form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
            add(new H4(title), none, names, form);
        }

        void show(CohortSummary cohort, List<String> members) {
            names.removeAll();
            none.setVisible(members.isEmpty());
            for (String member : members) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> change(remover, member));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel("Remove " + member + " from " + cohort.name());
                names.add(new ListItem(new Span(member), remove));
            }
        }

        private void add() {
            if (change(adder, username.getValue())) {
                username.clear();
            }
        }

        private boolean change(BiFunction<Long, String, CohortSummary> action, String member) {
            if (current == null) {
                return false;
            }
            try {
                changed.accept(action.apply(current.id(), member));
                username.setInvalid(false);
                return true;
            } catch (CohortException e) {
                username.setErrorMessage(e.getMessage());
                username.setInvalid(true);
                return false;
            }
        }
    }
}
