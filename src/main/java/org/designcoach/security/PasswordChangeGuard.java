package org.designcoach.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks the signed-in account at every navigation. Someone who signed in with a password an
 * admin chose sees only the page to choose their own; someone whose account was disabled since
 * they signed in is signed out.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final UserAccountRepository accounts;

    PasswordChangeGuard(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        signedInUsername().flatMap(name -> accounts.findByUsername(Usernames.normalise(name))).ifPresent(account -> {
            if (!account.isEnabled()) {
                signOut(event);
            } else if (account.mustChangePassword() && event.getNavigationTarget() != PasswordChangeRequiredView.class) {
                event.forwardTo(PasswordChangeRequiredView.class);
            }
        });
    }

    /** Ends the HTTP session at once; the browser then loads the sign-in page afresh. */
    private static void signOut(BeforeEnterEvent event) {
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession().invalidate();
        event.getUI().getPage().setLocation("login");
        event.rerouteTo(LoginView.class);
    }

    private static Optional<String> signedInUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
