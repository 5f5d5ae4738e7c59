package org.designcoach.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The only page open to someone who signed in with a password an admin chose, until they choose
 * their own ({@link PasswordChangeGuard} sends them here).
 */
@Route(value = "password/change", autoLayout = false)
@PageTitle("Choose a new password · Design Coach")
@PermitAll
class PasswordChangeRequiredView extends AuthPage implements BeforeEnterObserver {

    private final AccountService accounts;
    final NewPasswordForm form;
    final Button signOut;

    PasswordChangeRequiredView(AccountService accounts, AuthenticationContext authentication) {
        super("Choose a new password", "You signed in with a password your administrator chose. "
                + "Choose one that only you know before you continue.");
        this.accounts = accounts;
        form = new NewPasswordForm("Save and continue", this::choose);
        signOut = new Button("Sign out", event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(form, signOut);
    }

    private void choose(String password, String confirmation) {
        accounts.chooseRequiredPassword(password, confirmation);
        Notification.show("Your new password is saved.", 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    /** Someone whose password needs no change has nothing to do here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.mustChangeOwnPassword()) {
            event.forwardTo("");
        }
    }
}
