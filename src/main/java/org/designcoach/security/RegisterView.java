package org.designcoach.security;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A learner creates their own account, when the admin has left registration open. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Design Coach")
@AnonymousAllowed
class RegisterView extends AuthPage implements BeforeEnterObserver {

    private final AccountService accounts;
    private final AccountForm form = new AccountForm("Create account", this::register);
    private final Paragraph closed = new Paragraph(
            "Registration is closed on this Design Coach. Ask an administrator for an account.");

    RegisterView(AccountService accounts) {
        super("Create an account", "Practise system-design interviews: clarify, estimate, draw, "
                + "deep-dive and weigh trade-offs, with feedback on every step.");
        this.accounts = accounts;
        card.add(form, closed, new RouterLink("I have an account: sign in", LoginView.class));
    }

    private void register(String username, String password, String confirmation) {
        accounts.register(username, password, confirmation);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, LoginView.notice(LoginView.Notice.REGISTERED)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean open = accounts.isRegistrationOpen();
        form.setVisible(open);
        closed.setVisible(!open);
    }
}
