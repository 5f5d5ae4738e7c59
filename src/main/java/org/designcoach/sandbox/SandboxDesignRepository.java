package org.designcoach.sandbox;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SandboxDesignRepository extends JpaRepository<SandboxDesign, Long> {

    Optional<SandboxDesign> findByOwnerAndCaseId(String owner, String caseId);

    List<SandboxDesign> findByOwnerOrderByCaseIdAsc(String owner);
}
