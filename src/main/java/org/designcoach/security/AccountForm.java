package org.designcoach.security;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Username, password and its confirmation, as the setup and registration pages ask for them.
 * A refused submission marks the field it concerns and keeps everything typed.
 */
class AccountForm extends Composite<VerticalLayout> {

    /** What the page does with the three values; throws {@link AccountException} to refuse. */
    @FunctionalInterface
    interface Submission {
        void submit(String username, String password, String confirmation);
    }

    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Repeat the password");
    final Button submit;
    private final Paragraph formError = new Paragraph();

    AccountForm(String submitLabel, Submission submission) {
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(Usernames.MAX_LENGTH);
        username.setHelperText("3 to 32 letters, digits, dots, dashes or underscores");
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least 8 characters. A passphrase of a few words is best.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        submit = new Button(submitLabel, event -> submit(submission));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);

        var fields = new Div(username, password, confirmation);
        fields.addClassNames("stacked-fields", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Width.FULL);
        getContent().setPadding(false);
        getContent().add(formError, fields, submit);
    }

    private void submit(Submission submission) {
        clearErrors();
        try {
            submission.submit(username.getValue(), password.getValue(), confirmation.getValue());
        } catch (AccountException e) {
            show(e);
        }
    }

    private void show(AccountException e) {
        @Nullable HasValidation field = switch (e.field()) {
            case USERNAME -> username;
            case PASSWORD, CURRENT_PASSWORD -> password;
            case CONFIRMATION -> confirmation;
            case FORM -> null;
        };
        if (field == null) {
            formError.setText(e.getMessage());
            formError.setVisible(true);
        } else {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        formError.setVisible(false);
        for (HasValidation field : List.<HasValidation>of(username, password, confirmation)) {
            field.setInvalid(false);
        }
    }
}
