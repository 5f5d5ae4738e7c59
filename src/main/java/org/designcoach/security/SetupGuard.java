package org.designcoach.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Until the first admin exists, every navigation leads to the setup page. */
@Component
class SetupGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    SetupGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirectUntilSetUp));
    }

    private void redirectUntilSetUp(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != SetupView.class && accounts.awaitsSetup()) {
            event.forwardTo(SetupView.class);
        }
    }
}
