package org.designcoach.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** First start on an empty database: create the first admin. Nothing else opens until then. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Design Coach")
@AnonymousAllowed
class SetupView extends AuthPage implements BeforeEnterObserver {

    private final AccountService accounts;

    SetupView(AccountService accounts) {
        super("Set up Design Coach", "Create the administrator account. You will use it to manage "
                + "users, cohorts and content. Keep the password somewhere safe: there is no default account.");
        this.accounts = accounts;
        card.add(new AccountForm("Create administrator", this::createAdmin));
    }

    private void createAdmin(String username, String password, String confirmation) {
        accounts.createFirstAdmin(username, password, confirmation);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, LoginView.notice(LoginView.Notice.SETUP_DONE)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.awaitsSetup()) {
            event.forwardTo(LoginView.class);
        }
    }
}
