package org.designcoach.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Supplier;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountException;
import org.designcoach.security.OneTimeLink;
import org.designcoach.security.TemporaryPassword;

/**
 * Resets someone's password in one of two ways, then shows the link or the temporary password
 * once: a link keeps the old password working until it is used; a temporary password replaces it now.
 */
class ResetPasswordDialog extends Dialog {

    final Button link = new Button("Make a one-time link");
    final Button temporary = new Button("Set a temporary password");
    final Paragraph formError = new Paragraph();
    private final Div choices;
    private final Runnable afterReset;

    ResetPasswordDialog(String username, AccountAdministration administration, Runnable afterReset) {
        this.afterReset = afterReset;
        setHeaderTitle("Reset the password of " + username);
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        link.addClickListener(event -> issue(() -> linkFor(administration.issueResetLink(username))));
        temporary.addClickListener(event -> issue(() -> passwordFor(administration.issueTemporaryPassword(username))));
        choices = new Div(formError,
                choice("A link", username + " chooses a new password through a link that works once, for 24 hours. "
                        + "Their current password keeps working until then.", link),
                choice("A temporary password", "The current password stops working now. " + username
                        + " signs in with the temporary one and must choose their own straight away.", temporary));
        choices.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        choices.setWidth("28rem");
        add(choices);
        getFooter().add(new Button("Cancel", event -> close()));
    }

    private static Div choice(String title, String explanation, Button action) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var text = new Paragraph(explanation);
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        return new Div(heading, text, action);
    }

    private void issue(Supplier<IssuedSecret> reset) {
        formError.setVisible(false);
        try {
            IssuedSecret secret = reset.get();
            remove(choices);
            add(secret);
            getFooter().removeAll();
            var done = new Button("Done", event -> close());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(done);
            afterReset.run();
        } catch (AccountException e) {
            formError.setText(e.getMessage());
            formError.setVisible(true);
        }
    }

    private static IssuedSecret linkFor(OneTimeLink issued) {
        return new IssuedSecret("Reset link for " + issued.username(), AppLinks.absolute(issued.path()),
                "It is shown only this once and works once, until " + Times.of(issued.expiresAt())
                        + ". Pass it on over a channel you trust.");
    }

    private static IssuedSecret passwordFor(TemporaryPassword issued) {
        return new IssuedSecret("Temporary password for " + issued.username(), issued.password(),
                "It is shown only this once. Pass it on over a channel you trust; " + issued.username()
                        + " must choose their own password after signing in with it.");
    }
}
