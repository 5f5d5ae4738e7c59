package org.designcoach.security;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    /** An account imported for this provider whose person has not signed in yet. */
    Optional<UserAccount> findByUsernameAndSsoIssuerAndSsoSubjectIsNull(String username, String ssoIssuer);

    /** Role, state and password hash of an account, without loading the entity: asked on every request. */
    @Query("select a.role as role, a.enabled as enabled, a.passwordHash as passwordHash "
            + "from UserAccount a where a.username = :username")
    Optional<StateRow> findStateByUsername(String username);

    /** The columns a session is checked against. */
    interface StateRow {
        Role getRole();

        boolean isEnabled();

        String getPasswordHash();
    }

    boolean existsByRole(Role role);

    /** Which of these usernames have an account, in one query for a whole import file. */
    @Query("select a.username from UserAccount a where a.username in :usernames")
    List<String> findExistingUsernames(Collection<String> usernames);

    /**
     * The enabled accounts with this role, locked until the transaction ends: two admins removing
     * each other's rights at the same moment must not leave the instance without one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<UserAccount> findByRoleAndEnabledTrue(Role role);
}
