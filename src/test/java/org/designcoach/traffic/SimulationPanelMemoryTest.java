package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.design.DesignJson;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What a heavy run leaves in the session once the page has it: a design of 100 components run for
 * ten minutes. The figure is the growth of everything reachable from the window (UI) between before
 * the run and after it was shown and its response encoded, measured with JOL; it prints it, so that
 * {@code ./mvnw -q -o test -Dtest=SimulationPanelMemoryTest} gives the README's figure.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class SimulationPanelMemoryTest extends SpringBrowserlessTest {

    static final int COMPONENTS = 100;
    static final int SECONDS = 600;
    static final long BOUND = 2L * 1024 * 1024;

    static {
        // The walk reaches JDK records (ClassValue's), whose field offsets JOL reads only this way.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @Autowired
    private TrafficService traffic;

    /** Users call a gateway, which calls 97 services, each with the one database behind it. */
    static Design heavy() {
        List<DesignComponent> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        components.add(component("users", "web-client", 1));
        components.add(component("gateway", "app-server", 20));
        components.add(component("db", "sql-database", 4));
        connections.add(new Connection("users", "gateway", Connection.SYNC, "HTTPS", null));
        for (int i = 0; i < COMPONENTS - 3; i++) {
            String id = "service-" + i;
            components.add(component(id, "app-server", 2));
            connections.add(new Connection("gateway", id, Connection.SYNC, "HTTP", null));
            connections.add(new Connection(id, "db", Connection.SYNC, "SQL", null));
        }
        return new Design(1, components, connections, List.of());
    }

    private static DesignComponent component(String id, String type, int instances) {
        return new DesignComponent(id, type, id, "Tech", instances, true, null, null, Map.of(), null, null);
    }

    @Test
    void aHeavyRunShownOnThePageKeepsLessThanTwoMegabytesInTheSession() {
        Design design = heavy();
        var canvas = new DesignCanvas(List.of());
        var panel = new SimulationPanel(traffic, canvas, () -> design, Optional::empty, () -> Optional.of(500.0));
        UI ui = UI.getCurrent();
        ui.add(canvas, panel);
        panel.inputs.duration.setValue(SECONDS);
        encodeResponse(ui);
        GraphLayout before = GraphLayout.parseInstance(ui);

        panel.simulate();
        encodeResponse(ui);
        GraphLayout after = GraphLayout.parseInstance(ui);

        assertThat(panel.problem.isVisible()).as(panel.problem.getText()).isFalse();
        assertThat(panel.chart.isVisible()).isTrue();
        long retained = after.subtract(before).totalSize();
        System.out.printf("A run of %d components for %d s keeps %,d bytes (%.2f MB) in the window%n",
                COMPONENTS, SECONDS, retained, retained / 1024.0 / 1024.0);
        assertThat(retained).isLessThan(BOUND);
    }

    @Test
    void closingThePageLetsGoOfTheRunsReportsAndColours() {
        Design design = heavy();
        var canvas = new DesignCanvas(List.of());
        var panel = new SimulationPanel(traffic, canvas, () -> design, Optional::empty, () -> Optional.of(500.0));
        UI.getCurrent().add(canvas, panel);
        panel.simulate();
        assertThat(panel.stations.getListDataView().getItemCount()).isPositive();

        UI.getCurrent().remove(panel);

        assertThat(panel.stations.getListDataView().getItemCount()).isZero();
        assertThat(canvas.getElement().getProperty("utilisation")).isEqualTo("{}");
        assertThat(panel.chart.isVisible()).as("an empty chart is not shown when the page opens again").isFalse();
    }

    @Test
    void theChartIsSentOnlyTheFiguresItDraws() {
        var run = traffic.run(Optional.empty(), heavy(), new TrafficRequest(500.0, 30, ScenarioKind.STEADY, null, null,
                null, false));

        String sent = DesignJson.MAPPER.writeValueAsString(SimulationChart.points(run.ticks()));

        assertThat(sent).startsWith("[{\"second\":0,").contains("\"throughputRps\"", "\"errorRate\"", "\"p99Ms\"")
                .doesNotContain("backlog", "flow", "offeredRps", "service-0");
    }

    /** As the server answers the browser: the pending changes are written and forgotten. */
    private static void encodeResponse(UI ui) {
        assertThat(new UidlWriter().createUidl(ui, false).toString()).isNotEmpty();
    }
}
