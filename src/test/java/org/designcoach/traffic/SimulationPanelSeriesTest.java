package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

/**
 * What the panel hands the chart and the canvas for a long run, read from the response the browser
 * gets: a few hundred points, the same number for both, and the run's shape kept.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class SimulationPanelSeriesTest extends SpringBrowserlessTest {

    @Autowired
    private TrafficService traffic;

    private static final DesignComponent DATABASE = new DesignComponent("db", "sql-database", "Orders database",
            "PostgreSQL", 1, true, null, null, Map.of(), null, null);

    private static Design shop() {
        return new Design(1, List.of(
                new DesignComponent("users", "web-client", "Users", "Browser", 1, true, null, null, Map.of(), null, null),
                new DesignComponent("api", "app-server", "Shop API", "Java", 2, true, null, null, Map.of(), null, null),
                DATABASE), List.of(new Connection("users", "api", Connection.SYNC, "HTTPS", null),
                        new Connection("api", "db", Connection.SYNC, "SQL", null)), List.of());
    }

    @Test
    void aTenMinuteFailureIsDrawnInTwoHundredPointsWithTheDatabaseDownFromAThirdOfTheWayIn() {
        Design design = shop();
        var canvas = new DesignCanvas(List.of());
        var panel = new SimulationPanel(traffic, canvas, () -> design, Optional::empty, () -> Optional.of(500.0));
        UI.getCurrent().add(canvas, panel);
        panel.inputs.duration.setValue(600);
        panel.scenario.setValue(ScenarioKind.FAILURE);
        panel.component.setValue(DATABASE);
        SimulationPanelMemoryTest.encodeResponse(UI.getCurrent());

        panel.simulate();
        List<List<String>> calls = calls(SimulationPanelMemoryTest.encodeResponse(UI.getCurrent()));

        assertThat(panel.problem.isVisible()).as(panel.problem.getText()).isFalse();
        List<String> chart = call(calls, "this.ticks = $0");
        JsonNode points = DesignJson.MAPPER.readTree(chart.get(0));
        JsonNode byName = DesignJson.MAPPER.readTree(chart.get(1));
        assertThat(points.size()).isEqualTo(200);
        assertThat(points.get(66).path("second").asInt()).isEqualTo(198);
        assertThat(points.get(66).path("until").asInt()).isEqualTo(200);
        assertThat(points.get(10).path("errorRate").asDouble()).as("before the failure").isZero();
        assertThat(points.get(150).path("errorRate").asDouble()).as("after it").isGreaterThan(0.5);
        JsonNode database = byName.path("Orders database");
        assertThat(database.size()).isEqualTo(200);
        assertThat(database.get(10).isNumber()).isTrue();
        assertThat(database.get(150).asString()).as("down, which the chart draws as a gap").isEqualTo("Infinity");

        List<String> canvasCall = call(calls, "this.flow = $1");
        JsonNode colours = DesignJson.MAPPER.readTree(canvasCall.get(0));
        JsonNode widths = DesignJson.MAPPER.readTree(canvasCall.get(1));
        assertThat(colours.path("db").size()).as("the canvas is coloured point by point as the chart plays")
                .isEqualTo(200);
        assertThat(colours.path("db").get(150).asString()).isEqualTo("Infinity");
        assertThat(widths.path("users->api").size()).isEqualTo(200);
        assertThat(widths.path("users->api").get(10).asDouble()).isGreaterThan(0.8);
    }

    /** The JavaScript calls of a response, each as its string arguments followed by its script. */
    private static List<List<String>> calls(String response) {
        List<List<String>> calls = new ArrayList<>();
        DesignJson.MAPPER.readTree(response).path("execute").forEach(call -> {
            List<String> strings = new ArrayList<>();
            call.forEach(argument -> {
                if (argument.isString()) {
                    strings.add(argument.asString());
                }
            });
            calls.add(strings);
        });
        return calls;
    }

    /** The string arguments of the one call whose script contains {@code script}. */
    private static List<String> call(List<List<String>> calls, String script) {
        List<List<String>> matching = calls.stream().filter(c -> !c.isEmpty() && c.getLast().contains(script))
                .toList();
        assertThat(matching).as("one call with " + script).hasSize(1);
        return matching.getFirst().subList(0, matching.getFirst().size() - 1);
    }
}
