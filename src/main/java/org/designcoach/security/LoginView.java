package org.designcoach.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/** Sign in with username and password; says why a sign-in failed without naming accounts. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Design Coach")
@AnonymousAllowed
class LoginView extends AuthPage implements BeforeEnterObserver {

    /** A message the page shows after another page sent the person here. */
    enum Notice {
        SETUP_DONE("Design Coach is set up. Sign in with the administrator account you just created."),
        REGISTERED("Your account is ready. Sign in to start practising."),
        PASSWORD_SET("Your password is set. Sign in with it."),
        PAGE_EXPIRED("This sign-in page was open so long that it expired. Type your password again to sign in."),
        SESSION_ENDED(SessionEnd.UNKNOWN);

        final String text;

        Notice(String text) {
            this.text = text;
        }

        boolean isGoodNews() {
            return this != SESSION_ENDED && this != PAGE_EXPIRED;
        }
    }

    /** Where a tab whose session ended is sent: see {@link SessionEndedRedirect}. */
    static final String SESSION_ENDED_QUERY = "notice=session_ended";

    /** Where a sign-in posted from an expired page is sent: see {@link ExpiredSignInPage}. */
    static final String PAGE_EXPIRED_QUERY = "notice=page_expired";

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final RouterLink register = new RouterLink("New here? Create an account", RegisterView.class);
    private final boolean passwordsAllowed;

    LoginView(AccountService accounts, AuthenticationContext authentication, Clock clock, SingleSignOn singleSignOn) {
        super("Sign in", "Practise system-design interviews with feedback on every step.");
        this.accounts = accounts;
        this.authentication = authentication;
        this.clock = clock;
        this.passwordsAllowed = singleSignOn.allowsLocalPasswords();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        notice.addClassNames("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        card.add(notice);
        if (singleSignOn.isEnabled()) {
            card.add(providerButton(singleSignOn.providerName()));
        }
        // Without local passwords the form is not even sent; the server refuses a posted password anyway.
        form.setVisible(passwordsAllowed);
        card.add(form, register);
    }

    /**
     * A plain link, not a router link: the browser must leave the application for Spring Security,
     * which sends it on to the provider.
     */
    private static Anchor providerButton(String providerName) {
        var button = new Anchor(SingleSignOn.START_PATH, "Sign in with " + providerName);
        button.setRouterIgnore(true);
        button.getElement().setAttribute("role", "button");
        button.addClassNames("provider-sign-in", LumoUtility.Display.FLEX, LumoUtility.JustifyContent.CENTER,
                LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.PRIMARY,
                LumoUtility.TextColor.PRIMARY_CONTRAST, LumoUtility.FontWeight.SEMIBOLD);
        return button;
    }

    static QueryParameters notice(Notice notice) {
        return QueryParameters.of("notice", notice.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.awaitsSetup()) {
            event.forwardTo(SetupView.class);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        register.setVisible(passwordsAllowed && accounts.isRegistrationOpen());
        var parameters = event.getLocation().getQueryParameters();
        Optional<SessionEnd> ended = endedSession();
        if (ended.isPresent()) {
            showNotice(ended.get().explanation, false);
        } else {
            parameters.getSingleParameter("notice").flatMap(LoginView::parseNotice)
                    .ifPresent(value -> showNotice(value.text, value.isGoodNews()));
        }
        usernameFromExpiredPage().ifPresent(this::keepUsername);
        if (parameters.getParameters().containsKey("error")) {
            Object failure = lastFailure();
            form.setI18n(i18n(failure));
            form.setError(true);
            if (failure instanceof TypedUsername typed) {
                keepUsername(typed.typedUsername());
            }
        }
    }

    /**
     * The form posts natively, so the page reloads after a failure; put back what was typed. The
     * value goes in as a parameter, never as script text.
     */
    private void keepUsername(String username) {
        form.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => "
                + "requestAnimationFrame(() => { const field = this.querySelector('#vaadinLoginUsername');"
                + " if (field) { field.value = $0; } }))", username);
    }

    private void showNotice(String text, boolean good) {
        notice.setText(text);
        notice.addClassName(good ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.BODY);
        notice.setVisible(true);
    }

    /** Why the last session in this browser was ended, told once. */
    private static Optional<SessionEnd> endedSession() {
        return takeOnce(AccountSessionFilter.ENDED).filter(SessionEnd.class::isInstance).map(SessionEnd.class::cast);
    }

    /** What was typed on a sign-in page that had expired, put back once. */
    private static Optional<String> usernameFromExpiredPage() {
        return takeOnce(ExpiredSignInPage.TYPED_USERNAME).filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * A value another request left in the HTTP session for this page, read once and forgotten. A
     * session invalidated during this very navigation (a guard signing someone out) holds nothing.
     */
    private static Optional<Object> takeOnce(String attribute) {
        var session = VaadinSession.getCurrent().getSession();
        try {
            Object value = session.getAttribute(attribute);
            session.removeAttribute(attribute);
            return Optional.ofNullable(value);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static Optional<Notice> parseNotice(String value) {
        for (Notice candidate : Notice.values()) {
            if (candidate.name().equalsIgnoreCase(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Spring Security leaves the failure in the HTTP session; read it once and forget it. */
    private @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    private LoginI18n i18n(@Nullable Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        SignInFailureMessage message = SignInFailureMessage.of(failure, clock.instant());
        i18n.getErrorMessage().setTitle(message.title());
        i18n.getErrorMessage().setMessage(message.text());
        return i18n;
    }
}
