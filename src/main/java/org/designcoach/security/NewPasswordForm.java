package org.designcoach.security;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A new password typed twice, for the pages where people replace a password they did not choose.
 * A refusal marks the field it concerns, or shows above the fields, and keeps what was typed.
 */
class NewPasswordForm extends Composite<VerticalLayout> {

    /** What the page does with the password; throws {@link AccountException} to refuse. */
    @FunctionalInterface
    interface Submission {
        void submit(String password, String confirmation);
    }

    final PasswordField password = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Repeat the new password");
    final Paragraph formError = new Paragraph();
    final Button submit;

    NewPasswordForm(String submitLabel, Submission submission) {
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least 8 characters. A passphrase of a few words is best.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        submit = new Button(submitLabel, event -> submit(submission));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);

        var fields = new Div(password, confirmation);
        fields.addClassNames("stacked-fields", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Width.FULL);
        getContent().setPadding(false);
        getContent().add(formError, fields, submit);
    }

    private void submit(Submission submission) {
        formError.setVisible(false);
        password.setInvalid(false);
        confirmation.setInvalid(false);
        try {
            submission.submit(password.getValue(), confirmation.getValue());
        } catch (AccountException e) {
            show(e);
        }
    }

    private void show(AccountException e) {
        switch (e.field()) {
            case CONFIRMATION -> {
                confirmation.setErrorMessage(e.getMessage());
                confirmation.setInvalid(true);
            }
            case PASSWORD, CURRENT_PASSWORD -> {
                password.setErrorMessage(e.getMessage());
                password.setInvalid(true);
            }
            default -> {
                formError.setText(e.getMessage());
                formError.setVisible(true);
            }
        }
    }
}
