package org.designcoach.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountException;
import org.designcoach.security.Role;
import org.designcoach.security.Usernames;

/**
 * Creates an account, either with a temporary password or as an invitation link, and then shows
 * that password or link once. A refusal is shown in the dialog and keeps what was typed.
 */
class NewAccountDialog extends Dialog {

    enum Kind { CREATE, INVITE }

    final TextField username = new TextField("Username");
    final Select<Role> role = new Select<>();
    final Paragraph formError = new Paragraph();
    final Button submit;
    private final Kind kind;
    private final AccountAdministration administration;
    private final Runnable afterCreation;
    private final Div form;

    NewAccountDialog(Kind kind, AccountAdministration administration, Runnable afterCreation) {
        this.kind = kind;
        this.administration = administration;
        this.afterCreation = afterCreation;
        setHeaderTitle(kind == Kind.CREATE ? "Create an account" : "Invite someone");
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(Usernames.MAX_LENGTH);
        username.setHelperText(Usernames.MIN_LENGTH + " to " + Usernames.MAX_LENGTH
                + " letters, digits, dots, dashes or underscores");
        username.setValueChangeMode(ValueChangeMode.ON_BLUR);
        username.addValueChangeListener(event -> checkUsername());
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(RoleNames::of);
        role.setValue(Role.LEARNER);
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        var intro = new Paragraph(kind == Kind.CREATE
                ? "Design Coach makes a temporary password for you to pass on. The person must replace it "
                        + "with their own when they first sign in."
                : "Design Coach makes a link with which the person chooses their own password. It works once, "
                        + "for 72 hours. Email is not set up, so you pass the link on yourself.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        form = new Div(intro, formError, username, role);
        form.addClassNames("stacked-fields", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        form.setWidth("26rem");
        add(form);

        submit = new Button(kind == Kind.CREATE ? "Create account" : "Create invitation", event -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", event -> close()), submit);
    }

    private boolean checkUsername() {
        var problem = Usernames.problem(username.getValue());
        problem.ifPresent(username::setErrorMessage);
        username.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    private void submit() {
        formError.setVisible(false);
        if (!checkUsername()) {
            return;
        }
        if (role.getValue() == null) {
            role.setErrorMessage("Choose the role the person will have.");
            role.setInvalid(true);
            return;
        }
        role.setInvalid(false);
        try {
            showOnce(kind == Kind.CREATE ? createWithPassword() : invite());
            afterCreation.run();
        } catch (AccountException e) {
            if (e.field() == AccountException.Field.USERNAME) {
                username.setErrorMessage(e.getMessage());
                username.setInvalid(true);
            } else {
                formError.setText(e.getMessage());
                formError.setVisible(true);
            }
        }
    }

    private IssuedSecret createWithPassword() {
        var issued = administration.createWithTemporaryPassword(username.getValue(), role.getValue());
        return new IssuedSecret("Temporary password for " + issued.username(), issued.password(),
                "It is shown only this once. Pass it on over a channel you trust; " + issued.username()
                        + " must choose their own password after signing in with it.");
    }

    private IssuedSecret invite() {
        var link = administration.invite(username.getValue(), role.getValue());
        return new IssuedSecret("Invitation link for " + link.username(), AppLinks.absolute(link.path()),
                "It is shown only this once and works once, until " + Times.of(link.expiresAt())
                        + ". If it runs out, use Reset password on " + link.username() + "'s row for a new link.");
    }

    private void showOnce(IssuedSecret secret) {
        remove(form);
        add(secret);
        getFooter().removeAll();
        var done = new Button("Done", event -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
