package org.designcoach.security;

import java.time.Clock;
import java.util.Optional;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountException.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the first admin, self-registration, password changes and the registration policy. */
@Service
public class AccountService {

    /** The actor of an account created from deployment settings; parentheses never occur in usernames. */
    static final String DEPLOYMENT = "(deployment)";

    private final UserAccountRepository accounts;
    private final AppSettingRepository settings;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ResetTokens links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final OidcProperties singleSignOn;

    AccountService(UserAccountRepository accounts, AppSettingRepository settings, PasswordPolicy policy,
            PasswordEncoder encoder, ResetTokens links, ApplicationEventPublisher events, Clock clock,
            SignInThrottle throttle, OidcProperties singleSignOn) {
        this.throttle = throttle;
        this.singleSignOn = singleSignOn;
        this.accounts = accounts;
        this.settings = settings;
        this.policy = policy;
        this.encoder = encoder;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** True until the first admin exists. */
    @Transactional(readOnly = true)
    public boolean needsSetup() {
        return !accounts.existsByRole(Role.ADMIN);
    }

    /**
     * Whether the setup page is the only page that opens: until the first admin exists, unless single
     * sign-on is configured, where admins come from the provider's admin group (or DESIGNCOACH_ADMIN_*).
     */
    @Transactional(readOnly = true)
    public boolean awaitsSetup() {
        return !singleSignOn.isConfigured() && needsSetup();
    }

    /** Creates the first admin; refused once any admin exists. */
    @Transactional
    public void createFirstAdmin(String username, String password, String confirmation) {
        if (!awaitsSetup()) {
            throw new AccountException(Field.FORM, "Design Coach is already set up. Sign in instead.");
        }
        create(username, password, confirmation, Role.ADMIN, null);
    }

    /** A learner creates their own account, when the admin allows it. */
    @Transactional
    public void register(String username, String password, String confirmation) {
        if (!isRegistrationOpen()) {
            throw new AccountException(Field.FORM, "Registration is closed. Ask an administrator for an account.");
        }
        create(username, password, confirmation, Role.LEARNER, null);
    }

    /**
     * The signed-in person changes their own password, proving the current one first. That check is
     * throttled like sign-in and shares its counts: a stolen session cannot guess the password either.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount account = signedInAccount();
        String address = ClientAddress.current();
        try {
            throttle.checkNotLocked(account.getUsername(), address);
        } catch (SignInLockedException e) {
            throw new AccountException(Field.CURRENT_PASSWORD, "Too many wrong passwords. "
                    + SignInFailureMessage.of(e, clock.instant()).text());
        }
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getUsername(), address);
            throw new AccountException(Field.CURRENT_PASSWORD, "This is not your current password.");
        }
        throttle.recordSuccess(account.getUsername(), address);
        replacePassword(account, newPassword, confirmation);
    }

    /** Whether the signed-in person must replace a password that an admin chose before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        return accounts.findByUsername(Usernames.normalise(CurrentUser.username()))
                .map(UserAccount::mustChangePassword).orElse(false);
    }

    /**
     * The signed-in person replaces a password an admin chose. No current password is asked: they
     * proved it by signing in moments ago, and this works only while the replacement is required.
     */
    @Transactional
    public void chooseRequiredPassword(String newPassword, String confirmation) {
        UserAccount account = signedInAccount();
        if (!account.mustChangePassword()) {
            throw new AccountException(Field.FORM,
                    "Your password needs no change. To change it anyway, use Change password in your account menu.");
        }
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException(Field.PASSWORD, "Choose a password of your own, not the temporary one.");
        }
        replacePassword(account, newPassword, confirmation);
    }

    /** Self-registration makes password accounts: closed whenever local passwords are switched off. */
    @Transactional(readOnly = true)
    public boolean isRegistrationOpen() {
        if (singleSignOn.isConfigured() && !singleSignOn.localPasswords()) {
            return false;
        }
        return settings.findById(AppSetting.REGISTRATION_OPEN)
                .map(setting -> Boolean.parseBoolean(setting.value()))
                .orElse(true);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setRegistrationOpen(boolean open) {
        AppSetting setting = settings.findById(AppSetting.REGISTRATION_OPEN)
                .orElseGet(() -> new AppSetting(AppSetting.REGISTRATION_OPEN, "true"));
        boolean wasOpen = Boolean.parseBoolean(setting.value());
        setting.change(Boolean.toString(open));
        settings.save(setting);
        if (wasOpen != open) {
            events.publishEvent(new AccountEvents.RegistrationSwitched(open, CurrentUser.username()));
        }
    }

    /** An admin creates an account with any role; the person signs in with the password given. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void createAccount(String username, String password, Role role) {
        create(username, password, password, role, CurrentUser.username());
    }

    /** Whether an account of this username exists, enabled or not. */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(Usernames.normalise(username));
    }

    /** The role of an account, if there is one with this username and it may sign in. */
    @Transactional(readOnly = true)
    public Optional<Role> roleOf(String username) {
        return accounts.findByUsername(Usernames.normalise(username)).filter(UserAccount::isEnabled)
                .map(UserAccount::getRole);
    }

    /**
     * Whether the signed-in person has a password of ours to change: an account made by single sign-on
     * has only an unusable one, and its password lives with the identity provider.
     */
    @Transactional(readOnly = true)
    public boolean hasOwnPassword() {
        return accounts.findByUsername(Usernames.normalise(CurrentUser.username()))
                .map(account -> !account.signsInThroughProvider()).orElse(false);
    }

    /** The name to show for the signed-in person: their display name, or their username when they have none. */
    @Transactional(readOnly = true)
    public String nameToShow() {
        String username = CurrentUser.username();
        return accounts.findByUsername(Usernames.normalise(username)).map(UserAccount::nameToShow).orElse(username);
    }

    /** Creates an admin from deployment settings when the database has none; false if one exists. */
    @Transactional
    boolean bootstrapAdmin(String username, String password) {
        if (!needsSetup()) {
            return false;
        }
        create(username, password, password, Role.ADMIN, DEPLOYMENT);
        return true;
    }

    /** Creates the account; {@code actor} is null when people create their own. */
    private void create(String username, String password, String confirmation, Role role, @Nullable String actor) {
        String name = Usernames.requireValid(username);
        if (accounts.existsByUsername(name)) {
            throw new AccountException(Field.USERNAME, "This username is taken. Please choose another.");
        }
        policy.requireAcceptable(password, confirmation, name);
        accounts.save(new UserAccount(name, encoder.encode(password), role, clock.instant()));
        events.publishEvent(new AccountCreated(name, role, actor == null ? name : actor));
    }

    /** Sets a password the owner chose; links issued earlier stop working, as they are no longer needed. */
    private void replacePassword(UserAccount account, String newPassword, String confirmation) {
        policy.requireAcceptable(newPassword, confirmation, account.getUsername());
        account.changePasswordHash(encoder.encode(newPassword), clock.instant());
        links.retireAll(account.getUsername());
        events.publishEvent(new PasswordChanged(account.getUsername(), account.getUsername()));
    }

    private UserAccount signedInAccount() {
        return accounts.findByUsername(Usernames.normalise(CurrentUser.username()))
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists."));
    }
}
