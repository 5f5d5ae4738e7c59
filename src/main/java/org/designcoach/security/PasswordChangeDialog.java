package org.designcoach.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** The signed-in person changes their password: the current one, then the new one twice. */
public class PasswordChangeDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Repeat the new password");
    final Button save = new Button("Change password");

    public PasswordChangeDialog(AccountService accounts) {
        setHeaderTitle("Change password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setHelperText("At least 8 characters. A passphrase of a few words is best.");
        replacement.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var form = new Div(current, replacement, confirmation);
        form.addClassNames("stacked-fields", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        form.setWidth("24rem");
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save(accounts));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void save(AccountService accounts) {
        List.<HasValidation>of(current, replacement, confirmation).forEach(field -> field.setInvalid(false));
        try {
            accounts.changeOwnPassword(current.getValue(), replacement.getValue(), confirmation.getValue());
            close();
            Notification.show("Your password has been changed.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException e) {
            PasswordField field = switch (e.field()) {
                case CURRENT_PASSWORD -> current;
                case CONFIRMATION -> confirmation;
                default -> replacement;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }
}
