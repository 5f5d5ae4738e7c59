package org.designcoach.security;

import java.time.Clock;
import java.util.Optional;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountException.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone follows a one-time link (an invitation or a reset) and chooses their password. Nobody is
 * signed in here: the unguessable token is the proof, and it works once.
 */
@Service
public class PasswordResetService {

    public static final String LINK_NOT_USABLE =
            "This link has expired or was already used. Ask your administrator for a new one.";

    private final ResetTokens links;
    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResetService(ResetTokens links, UserAccountRepository accounts, PasswordPolicy policy,
            PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Whose password the link sets, while the link can still be used. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token) {
        return usableLink(token).map(PasswordResetToken::username);
    }

    /** Sets the password and uses the link up; a refused password leaves the link usable for another try. */
    @Transactional
    public void choosePassword(String token, String password, String confirmation) {
        PasswordResetToken link = links.claim(token).orElseThrow(PasswordResetService::linkNotUsable);
        UserAccount account = accounts.findByUsername(link.username()).filter(UserAccount::isEnabled)
                .orElseThrow(PasswordResetService::linkNotUsable);
        policy.requireAcceptable(password, confirmation, account.getUsername());
        links.markUsed(link);
        account.changePasswordHash(encoder.encode(password), clock.instant());
        events.publishEvent(new PasswordChanged(account.getUsername(), account.getUsername()));
    }

    private static AccountException linkNotUsable() {
        return new AccountException(Field.FORM, LINK_NOT_USABLE);
    }

    /** A link of a disabled account is refused too: setting a password would not let its owner in. */
    private Optional<PasswordResetToken> usableLink(String token) {
        return links.usable(token).filter(link -> accounts.findByUsername(link.username())
                .map(UserAccount::isEnabled).orElse(false));
    }
}
