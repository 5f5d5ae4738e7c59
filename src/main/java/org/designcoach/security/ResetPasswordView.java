package org.designcoach.security;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The page of a one-time link from an admin: an invitation or a password reset. */
@Route(value = "reset/:token", autoLayout = false)
@PageTitle("Choose your password · Design Coach")
@AnonymousAllowed
class ResetPasswordView extends AuthPage implements BeforeEnterObserver {

    private final PasswordResetService resets;
    /** Shows whose password this is; also lets a password manager file the new password correctly. */
    final TextField username = new TextField("Username");
    final NewPasswordForm form = new NewPasswordForm("Save my password", this::choose);
    final Paragraph unusable = new Paragraph(PasswordResetService.LINK_NOT_USABLE);
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        super("Choose your password", "Choose a password that only you know. You will sign in with it.");
        this.resets = resets;
        username.setReadOnly(true);
        username.setAutocomplete(Autocomplete.USERNAME);
        unusable.addClassNames(LumoUtility.TextColor.ERROR);
        unusable.getElement().setAttribute("role", "alert");
        card.add(unusable, username, form, new RouterLink("Go to sign in", LoginView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        var owner = resets.usernameFor(token);
        owner.ifPresent(username::setValue);
        username.setVisible(owner.isPresent());
        form.setVisible(owner.isPresent());
        unusable.setVisible(owner.isEmpty());
    }

    private void choose(String password, String confirmation) {
        resets.choosePassword(token, password, confirmation);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, LoginView.notice(LoginView.Notice.PASSWORD_SET)));
    }
}
