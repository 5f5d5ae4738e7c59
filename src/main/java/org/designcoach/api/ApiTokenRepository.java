package org.designcoach.api;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByOwnerOrderByCreatedAtDesc(String owner);

    Optional<ApiToken> findByIdAndOwner(long id, String owner);

    long countByOwnerAndRevokedAtIsNull(String owner);
}
