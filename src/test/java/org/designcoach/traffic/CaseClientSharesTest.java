package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.junit.jupiter.api.Test;

/** The case's share per kind of client goes to the clients that state none, and never overrides the learner. */
class CaseClientSharesTest {

    private static final Map<String, Double> DEVICES_NEARLY_ALL = Map.of("iot-device", 0.999);

    @Test
    void clientsOfTheCasesTypeThatStateNoShareSplitItsShareAndOtherClientsAreLeftAlone() {
        Design design = design(client("north", "iot-device", null), client("south", "iot-device", null),
                client("ops", "web-client", null));

        Design shared = CaseClientShares.apply(design, DEVICES_NEARLY_ALL);

        assertThat(share(shared, "north")).isEqualTo(0.4995);
        assertThat(share(shared, "south")).isEqualTo(0.4995);
        assertThat(share(shared, "ops")).isNull();
    }

    @Test
    void aClientsOwnShareIsKept() {
        Design design = design(client("devices", "iot-device", 0.6), client("ops", "web-client", null));

        assertThat(CaseClientShares.apply(design, DEVICES_NEARLY_ALL)).isEqualTo(design);
    }

    @Test
    void whereTheCasesSharesAndTheDesignsOwnWouldPassTheWholePeakTheDesignRunsAsDrawn() {
        Design design = design(client("devices", "iot-device", null), client("ops", "web-client", 0.3));

        assertThat(CaseClientShares.apply(design, DEVICES_NEARLY_ALL)).isEqualTo(design);
    }

    private static Object share(Design design, String id) {
        return design.component(id).orElseThrow().properties().get(CaseClientShares.TRAFFIC_SHARE);
    }

    private static Design design(DesignComponent... components) {
        return new Design(1, List.of(components), List.of(), List.of());
    }

    private static DesignComponent client(String id, String type, Double share) {
        return new DesignComponent(id, type, null, null, null, null, null, null,
                share == null ? Map.of() : Map.of(CaseClientShares.TRAFFIC_SHARE, share), null, null);
    }
}
