package org.designcoach.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByOwnerOrderByCreatedAtDesc(String owner);

    Optional<ApiToken> findByIdAndOwner(long id, String owner);

    long countByOwnerAndRevokedAtIsNull(String owner);

    /**
     * Records a use unless one after {@code staleUpTo} is already recorded. A single
     * conditional statement without the version: calls that race each other wait on the row and
     * then find nothing to change, instead of failing on a version conflict.
     *
     * The token an earlier query of the same transaction loaded keeps its old time in memory.
     *
     * @return 1 when the time was written, 0 when a recent enough use was already recorded
     */
    @Modifying(flushAutomatically = true)
    @Query("update ApiToken t set t.lastUsedAt = :at "
            + "where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :staleUpTo)")
    int recordUse(@Param("id") long id, @Param("at") Instant at, @Param("staleUpTo") Instant staleUpTo);
}
