package org.designcoach.sandbox;

import java.util.Optional;
import org.springframework.context.ApplicationContext;

/** Saves sandbox designs for tests of other features, which cannot reach the sandbox service itself. */
public final class SandboxAccess {

    private SandboxAccess() {
    }

    /** Saves a first design of the signed-in user for the case. */
    public static void saveNewDesign(ApplicationContext context, String caseId, String json) {
        context.getBean(SandboxService.class).save(caseId, json, SandboxService.NEW, Optional.empty());
    }
}
