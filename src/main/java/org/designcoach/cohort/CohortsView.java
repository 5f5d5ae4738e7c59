package org.designcoach.cohort;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;

/** Administrators manage cohorts: create, rename, delete, and choose their learners and mentors. */
@Route("admin/cohorts")
@PageTitle("Cohorts")
@Menu(order = 92, icon = "vaadin:group", title = "Cohorts")
@RolesAllowed(Role.ADMIN_NAME)
class CohortsView extends Main {

    final TextField newName = new TextField("Name of a new cohort");
    final TextField newDescription = new TextField("Description (optional)");
    final Button create = new Button("Create cohort");
    final Grid<CohortSummary> list = new Grid<>();
    final Paragraph empty = new Paragraph("No cohorts yet. Create one for a team or a class, then add its learners "
            + "and assign a mentor: mentors see only the learners of their own cohorts.");
    final CohortEditor editor;
    private final CohortService cohorts;

    CohortsView(CohortService cohorts) {
        this.cohorts = cohorts;
        this.editor = new CohortEditor(cohorts, this::refresh);
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Cohorts");
        heading.addClassNames(LumoUtility.Margin.NONE);
        newName.setMaxLength(Cohort.MAX_NAME);
        newDescription.setMaxLength(Cohort.MAX_DESCRIPTION);
        newDescription.setWidth("24rem");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create());
        create.addClickShortcut(Key.ENTER).listenOn(newName, newDescription);
        var form = new Div(newName, newDescription, create);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM,
                LumoUtility.FlexWrap.WRAP);
        list.addColumn(CohortSummary::name).setHeader("Cohort").setFlexGrow(2);
        list.addColumn(c -> c.learners().size()).setHeader("Learners");
        list.addColumn(c -> c.mentors().isEmpty() ? "none yet" : String.join(", ", c.mentors())).setHeader("Mentors")
                .setFlexGrow(2);
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.setAllRowsVisible(true);
        list.setAriaLabel("Cohorts");
        list.asSingleSelect().addValueChangeListener(event -> editor.edit(event.getValue()));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(heading, form, empty, list, editor);
        refresh(null);
    }

    private void create() {
        try {
            CohortSummary created = cohorts.create(newName.getValue(), newDescription.getValue());
            newName.clear();
            newDescription.clear();
            newName.setInvalid(false);
            refresh(created);
            success("Created " + created.name() + ". Now add its learners and mentors.");
        } catch (CohortException e) {
            newName.setErrorMessage(e.getMessage());
            newName.setInvalid(true);
        }
    }

    /** Reloads the list and keeps the given cohort (if any) selected in the editor. */
    private void refresh(@Nullable CohortSummary selected) {
        List<CohortSummary> all = cohorts.all();
        list.setItems(all);
        empty.setVisible(all.isEmpty());
        list.setVisible(!all.isEmpty());
        CohortSummary again = selected == null ? null
                : all.stream().filter(c -> c.id() == selected.id()).findFirst().orElse(null);
        if (again == null) {
            list.deselectAll();
            editor.edit(null);
        } else {
            list.select(again);
        }
    }

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static ConfirmDialog confirmDelete(CohortSummary cohort, Runnable delete) {
        var dialog = new ConfirmDialog("Delete " + cohort.name() + "?", "Its learners keep their accounts and "
                + "attempts; its mentors no longer see them unless another cohort links them.", "Delete",
                event -> delete.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }
}
