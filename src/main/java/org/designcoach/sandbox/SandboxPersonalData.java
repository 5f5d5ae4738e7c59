package org.designcoach.sandbox;

import java.time.Instant;
import org.designcoach.backup.PersonalData;
import org.designcoach.design.DesignJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The sandbox designs in a person's own data export, one per case, each design as JSON. */
@Component
class SandboxPersonalData implements PersonalData {

    private final SandboxDesignRepository designs;

    SandboxPersonalData(SandboxDesignRepository designs) {
        this.designs = designs;
    }

    record DesignSection(String caseId, Instant updatedAt, JsonNode design) {
    }

    @Override
    public String section() {
        return "sandboxDesigns";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(String username) {
        return designs.findByOwnerOrderByCaseIdAsc(username).stream()
                .map(saved -> new DesignSection(saved.getCaseId(), saved.getUpdatedAt(),
                        DesignJson.MAPPER.readTree(saved.getDesignJson())))
                .toList();
    }
}
