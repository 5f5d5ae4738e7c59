package org.designcoach;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirPublicApi() {
        ApplicationModules.of(DesignCoachApplication.class).verify();
    }
}
