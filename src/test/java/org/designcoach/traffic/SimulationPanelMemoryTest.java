package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.design.DesignJson;
import org.designcoach.simulation.RunSeries;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What a heavy run costs once the page has it: a design of 100 components (and one of 300) run for ten
 * minutes. Heap: the growth of everything reachable from the window (UI) between before the run and after
 * it was shown and its response encoded, measured with JOL. Sent: the bytes of that response, uncompressed.
 * It prints both, so that {@code ./mvnw -q -o test -Dtest=SimulationPanelMemoryTest} gives the README's
 * figures.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class SimulationPanelMemoryTest extends SpringBrowserlessTest {

    static final int COMPONENTS = 100;
    static final int SECONDS = 600;
    /** Issue 18's targets for a sandbox with a 100-component design and a 10-minute run. */
    static final long HEAP_BOUND = 1024 * 1024;
    static final long SENT_BOUND = 500 * 1024;

    static {
        // The walk reaches JDK records (ClassValue's), whose field offsets JOL reads only this way.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @Autowired
    private TrafficService traffic;

    /** Users call a gateway, which calls 97 services, each with the one database behind it. */
    static Design heavy() {
        return heavy(COMPONENTS);
    }

    /**
     * Users call a gateway, which calls {@code size} − 3 services, each with the one database behind it; from
     * 280 components on, the gateway calls the database and the services call nothing, as ten minutes of the
     * same shape would pass the simulator's work limit (components and arrows × seconds).
     */
    static Design heavy(int size) {
        boolean servicesCallTheDatabase = size < 280;
        List<DesignComponent> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        components.add(component("users", "web-client", 1));
        components.add(component("gateway", "app-server", 20));
        components.add(component("db", "sql-database", 4));
        connections.add(new Connection("users", "gateway", Connection.SYNC, "HTTPS", null));
        if (!servicesCallTheDatabase) {
            connections.add(new Connection("gateway", "db", Connection.SYNC, "SQL", null));
        }
        for (int i = 0; i < size - 3; i++) {
            String id = "service-" + i;
            components.add(component(id, "app-server", 2));
            connections.add(new Connection("gateway", id, Connection.SYNC, "HTTP", null));
            if (servicesCallTheDatabase) {
                connections.add(new Connection(id, "db", Connection.SYNC, "SQL", null));
            }
        }
        return new Design(1, components, connections, List.of());
    }

    private static DesignComponent component(String id, String type, int instances) {
        return new DesignComponent(id, type, id, "Tech", instances, true, null, null, Map.of(), null, null);
    }

    /** What one run costs the session and the network, measured on a fresh window. */
    record Cost(long retainedBytes, long sentBytes) {
    }

    /**
     * Retained: the growth of everything reachable from the window between before the run and after its
     * response was encoded (JOL). Sent: the UTF-8 bytes of the response to the click that ran it, as the
     * server writes it before any HTTP compression: the chart's series, the canvas's colours and arrow
     * widths, the station table's rows and the texts.
     */
    private Cost measure(int size) {
        Design design = heavy(size);
        UI ui = UI.getCurrent();
        warmUp(ui, design);
        var canvas = new DesignCanvas(List.of());
        var panel = new SimulationPanel(traffic, canvas, () -> design, Optional::empty, () -> Optional.of(500.0));
        ui.add(canvas, panel);
        panel.inputs.duration.setValue(SECONDS);
        encodeResponse(ui);
        GraphLayout before = GraphLayout.parseInstance(ui);

        panel.simulate();
        long sent = encodeResponse(ui).getBytes(StandardCharsets.UTF_8).length;
        GraphLayout after = GraphLayout.parseInstance(ui);

        assertThat(panel.problem.isVisible()).as(panel.problem.getText()).isFalse();
        assertThat(panel.chart.isVisible()).isTrue();
        long retained = after.subtract(before).totalSize();
        System.out.printf("A run of %d components for %d s keeps %,d bytes (%.2f MB) in the window and sends "
                + "%,d bytes (%.0f KB) to the browser%n", size, SECONDS, retained, retained / 1024.0 / 1024.0, sent,
                sent / 1024.0);
        ui.remove(canvas, panel);
        return new Cost(retained, sent);
    }

    /**
     * Runs the design once on a page that is then closed. The walk from the window also reaches the
     * services, whose caches (content, the simulator's model of the catalog) fill on the first run of a
     * JVM: without this, which test ran first decided whether they were counted as the session's.
     */
    private void warmUp(UI ui, Design design) {
        var canvas = new DesignCanvas(List.of());
        var panel = new SimulationPanel(traffic, canvas, () -> design, Optional::empty, () -> Optional.of(500.0));
        ui.add(canvas, panel);
        panel.inputs.duration.setValue(SECONDS);
        panel.simulate();
        encodeResponse(ui);
        ui.remove(canvas, panel);
        encodeResponse(ui);
    }

    @Test
    void aHeavyRunShownOnThePageKeepsLessThanAMegabyteInTheSessionAndSendsLessThanHalfOne() {
        Cost cost = measure(COMPONENTS);

        assertThat(cost.retainedBytes()).isLessThan(HEAP_BOUND);
        assertThat(cost.sentBytes()).isLessThan(SENT_BOUND);
    }

    @Test
    void threeTimesTheComponentsCostAtMostAboutThreeTimesAsMuch() {
        Cost cost = measure(3 * COMPONENTS);

        assertThat(cost.retainedBytes()).isLessThan(3 * HEAP_BOUND);
        assertThat(cost.sentBytes()).isLessThan(3 * SENT_BOUND);
    }

    @Test
    void closingThePageLetsGoOfTheRunsReportsAndColours() {
        Design design = heavy();
        var canvas = new DesignCanvas(List.of());
        var panel = new SimulationPanel(traffic, canvas, () -> design, Optional::empty, () -> Optional.of(500.0));
        UI.getCurrent().add(canvas, panel);
        panel.simulate();
        assertThat(panel.stations.getListDataView().getItemCount()).isPositive();
        assertThat(encodeResponse(UI.getCurrent())).contains("service-0->db");
        assertThat(canvas.getElement().hasProperty("utilisation")).as("colours go to the browser, not the session")
                .isFalse();
        assertThat(canvas.getElement().hasProperty("flow")).isFalse();

        UI.getCurrent().remove(panel);

        assertThat(panel.stations.getListDataView().getItemCount()).isZero();
        assertThat(encodeResponse(UI.getCurrent())).as("the browser is told to drop the colours")
                .contains("this.utilisation = '{}'");
        assertThat(panel.chart.isVisible()).as("an empty chart is not shown when the page opens again").isFalse();
    }

    @Test
    void theChartIsSentOnlyTheFiguresItDraws() {
        var run = traffic.run(Optional.empty(), heavy(), new TrafficRequest(500.0, SECONDS, ScenarioKind.STEADY, null,
                null, null, false));

        List<SimulationChart.Point> points = SimulationChart.points(RunSeries.of(run));
        String sent = DesignJson.MAPPER.writeValueAsString(points);

        assertThat(points).hasSize(RunSeries.CHART_POINTS);
        assertThat(sent).startsWith("[{\"second\":0,\"until\":2,").contains("\"throughputRps\"", "\"errorRate\"", "\"p99Ms\"")
                .doesNotContain("backlog", "flow", "offeredRps", "service-0");
    }

    /** As the server answers the browser: the pending changes are written and forgotten. */
    static String encodeResponse(UI ui) {
        String response = new UidlWriter().createUidl(ui, false).toString();
        assertThat(response).isNotEmpty();
        return response;
    }
}
