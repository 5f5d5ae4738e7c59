package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The simulation panel's bill: one row per component that costs money, with the total under the table. */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class SimulationPanelCostsTest extends SpringBrowserlessTest {

    @Autowired
    private TrafficService traffic;

    private static DesignComponent component(String id, String type, int instances, Map<String, Object> properties) {
        return new DesignComponent(id, type, id, "Tech", instances, true, null, null, properties, null, null);
    }

    private static final Design SHOP = new Design(1, List.of(
            component("users", "web-client", 1, Map.of()),
            component("api", "app-server", 3, Map.of()),
            component("db", "sql-database", 1, Map.of("readReplicas", 1))),
            List.of(new Connection("users", "api", Connection.SYNC, "HTTPS", null),
                    new Connection("api", "db", Connection.SYNC, "SQL", null)), List.of());

    @Test
    void aRunShowsEachPaidComponentWithItsInstancesUnitPriceAndTotal() {
        var panel = new SimulationPanel(traffic, new DesignCanvas(List.of()), () -> SHOP, Optional::empty,
                () -> Optional.of(100.0));
        UI.getCurrent().add(panel);
        assertThat(panel.costs.isVisible()).as("no bill before a run").isFalse();

        panel.simulate();

        var rows = test(panel.costs.rows);
        assertThat(panel.costs.isVisible()).isTrue();
        assertThat(IntStream.range(0, rows.size()).mapToObj(i -> rows.getCellText(i, 0)).toList())
                .as("clients cost nothing").containsExactlyInAnyOrder("db", "api");
        int api = IntStream.range(0, rows.size()).filter(i -> rows.getCellText(i, 0).equals("api")).findFirst()
                .orElseThrow();
        double unit = traffic.profile("app-server").orElseThrow().monthlyCostPerInstance();
        assertThat(rows.getCellText(api, 2)).isEqualTo("3");
        assertThat(rows.getCellText(api, 3)).isEqualTo(CostTable.dollars(unit));
        assertThat(rows.getCellText(api, 4)).isEqualTo(CostTable.dollars(3 * unit));
        double total = traffic.costs(SHOP).stream().mapToDouble(c -> c.monthlyCost()).sum();
        assertThat(panel.costs.total.getText()).contains(CostTable.dollars(total));
    }
}
