package org.designcoach.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInThrottleRepository extends JpaRepository<SignInThrottleEntry, String> {

    /**
     * Until when the key is held back, read from the table itself: failures are counted in transactions of
     * their own, and an entity that the caller's transaction already holds would show an older count.
     */
    @Query("select e.lockedUntil from SignInThrottleEntry e where e.username = :key and e.lockedUntil is not null")
    Optional<Instant> findLockedUntil(@Param("key") String key);
}
