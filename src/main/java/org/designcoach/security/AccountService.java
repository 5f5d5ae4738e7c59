package org.designcoach.security;

import java.time.Clock;
import java.util.Optional;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountException.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the first admin, self-registration, password changes and the registration policy. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final AppSettingRepository settings;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, AppSettingRepository settings, PasswordPolicy policy,
            PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.settings = settings;
        this.policy = policy;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    /** True until the first admin exists; until then only the setup page opens. */
    @Transactional(readOnly = true)
    public boolean needsSetup() {
        return !accounts.existsByRole(Role.ADMIN);
    }

    /** Creates the first admin; refused once any admin exists. */
    @Transactional
    public void createFirstAdmin(String username, String password, String confirmation) {
        if (!needsSetup()) {
            throw new AccountException(Field.FORM, "Design Coach is already set up. Sign in instead.");
        }
        create(username, password, confirmation, Role.ADMIN);
    }

    /** A learner creates their own account, when the admin allows it. */
    @Transactional
    public void register(String username, String password, String confirmation) {
        if (!isRegistrationOpen()) {
            throw new AccountException(Field.FORM, "Registration is closed. Ask an administrator for an account.");
        }
        create(username, password, confirmation, Role.LEARNER);
    }

    /** The signed-in person changes their own password, proving the current one first. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Sign in to change your password.");
        }
        UserAccount account = accounts.findByUsername(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists."));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException(Field.CURRENT_PASSWORD, "This is not your current password.");
        }
        checkPassword(newPassword, confirmation, account.getUsername());
        account.changePasswordHash(encoder.encode(newPassword), clock.instant());
        events.publishEvent(new PasswordChanged(account.getUsername(), account.getUsername()));
    }

    @Transactional(readOnly = true)
    public boolean isRegistrationOpen() {
        return settings.findById(AppSetting.REGISTRATION_OPEN)
                .map(setting -> Boolean.parseBoolean(setting.value()))
                .orElse(true);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setRegistrationOpen(boolean open) {
        AppSetting setting = settings.findById(AppSetting.REGISTRATION_OPEN)
                .orElseGet(() -> new AppSetting(AppSetting.REGISTRATION_OPEN, "true"));
        setting.change(Boolean.toString(open));
        settings.save(setting);
    }

    /** An admin creates an account with any role; the person signs in with the password given. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void createAccount(String username, String password, Role role) {
        create(username, password, password, role);
    }

    /** The role of an account, if there is one with this username and it may sign in. */
    @Transactional(readOnly = true)
    public Optional<Role> roleOf(String username) {
        return accounts.findByUsername(Usernames.normalise(username)).filter(UserAccount::isEnabled)
                .map(UserAccount::getRole);
    }

    /** Creates an admin from deployment settings when the database has none; false if one exists. */
    @Transactional
    boolean bootstrapAdmin(String username, String password) {
        if (!needsSetup()) {
            return false;
        }
        create(username, password, password, Role.ADMIN);
        return true;
    }

    private void create(String username, String password, String confirmation, Role role) {
        Usernames.problem(username).ifPresent(problem -> {
            throw new AccountException(Field.USERNAME, problem);
        });
        String name = Usernames.normalise(username);
        if (accounts.existsByUsername(name)) {
            throw new AccountException(Field.USERNAME, "This username is taken. Please choose another.");
        }
        checkPassword(password, confirmation, name);
        accounts.save(new UserAccount(name, encoder.encode(password), role, clock.instant()));
    }

    private void checkPassword(String password, String confirmation, String username) {
        policy.problem(password, username).ifPresent(problem -> {
            throw new AccountException(Field.PASSWORD, problem);
        });
        if (!password.equals(confirmation)) {
            throw new AccountException(Field.CONFIRMATION, "The two passwords differ. Type the same one twice.");
        }
    }
}
