package org.designcoach.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands Spring Security the account behind a username, stamped with its password's fingerprint and the
 * moment of signing in, so that the session can later be checked against the account.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(Usernames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInAccount(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                List.of(new SimpleGrantedAuthority(account.getRole().authority())),
                AccountState.stampOf(account.getPasswordHash()),
                clock.instant());
    }
}
