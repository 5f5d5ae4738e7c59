package org.designcoach.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, String> {

    /**
     * Marks the token used if it still may be; 1 when this call consumed it, 0 when it was used,
     * expired or superseded meanwhile. One statement, so two tabs cannot both use one link.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update PasswordResetToken t set t.usedAt = :now
            where t.tokenHash = :tokenHash and t.usedAt is null and t.expiresAt > :now""")
    int consume(String tokenHash, Instant now);

    @Modifying(flushAutomatically = true)
    @Query("delete from PasswordResetToken t where t.username = :username")
    void deleteAllOf(String username);
}
