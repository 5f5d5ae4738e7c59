package org.designcoach.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.designcoach.security.AccountErasure;
import org.designcoach.security.AccountErasure.ErasedAccount;
import org.designcoach.security.AccountException;

/**
 * Erases an account and the person's data, for a request to be forgotten. It cannot be undone, so the
 * admin types the username to confirm; the erase button works only once it matches.
 */
class EraseAccountDialog extends Dialog {

    final TextField confirmation = new TextField("Type the username to confirm");
    final Button erase = new Button("Erase account");
    final Paragraph formError = new Paragraph();

    EraseAccountDialog(String username, AccountErasure erasure, Runnable afterErasure) {
        setHeaderTitle("Erase the account of " + username);
        var what = new UnorderedList(
                new ListItem("The account, its name and email address, and its sign-in go."),
                new ListItem("So do the person's practice sessions, sandbox designs, review requests, API tokens, "
                        + "notifications and cohort places."),
                new ListItem("Reviews they wrote as a mentor stay with the learners, and the audit log keeps its "
                        + "entries: both name them by an anonymous id from now on."),
                new ListItem("It cannot be undone. A backup made before still holds the data."));
        what.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(event -> erase.setEnabled(event.getValue().strip().equalsIgnoreCase(username)));
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        var body = new Div(what, formError, confirmation);
        body.setWidth("30rem");
        add(body);
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        erase.addClickListener(event -> {
            try {
                ErasedAccount erased = erasure.erase(username, confirmation.getValue());
                close();
                Notification.show(erased.username() + " is erased. The audit log and the reviews they wrote now call "
                        + "them " + erased.anonymousId() + ".", 8000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterErasure.run();
            } catch (AccountException e) {
                formError.setText(e.getMessage());
                formError.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), erase);
    }
}
