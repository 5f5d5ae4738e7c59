package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.content.ContentService;
import org.designcoach.content.Lesson;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.simulation.Bottleneck;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each step of the scale journey, run at the load where the lesson says it breaks, fails on the
 * component type the lesson names (the one the next step relieves); at a tenth of that load it serves
 * without errors. The lesson and the simulator tell the same story.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class LessonBreakingLoadTest {

    @Autowired
    private TrafficService traffic;

    @Autowired
    private ContentService content;

    @Test
    void everyStepThatBreaksUnderLoadFailsOnTheComponentTheLessonNames() {
        Lesson journey = content.lesson("scale-journey").orElseThrow();
        var underLoad = journey.steps().stream().filter(step -> step.breaksOn() != null).toList();
        assertThat(underLoad).as("steps whose failure is about load").hasSizeGreaterThanOrEqualTo(6);
        for (Lesson.Step step : underLoad) {
            SimulationRun atBreak = run(step, QuantityParser.parse(step.breaksAt()).in("/s"));

            Bottleneck bottleneck = atBreak.summary().bottleneck();
            assertThat(bottleneck).as(step.id()).isNotNull();
            assertThat(typeOf(atBreak, bottleneck.componentId())).as(step.id() + ": the bottleneck's type")
                    .isEqualTo(step.breaksOn());
            assertThat(atBreak.summary().errorRate() > 0 || bottleneck.utilisation() >= 1)
                    .as(step.id() + " fails at " + step.breaksAt() + ": errors " + atBreak.summary().errorRate()
                            + ", utilisation " + bottleneck.utilisation()).isTrue();
        }
    }

    @Test
    void everyStepServesATenthOfItsBreakingLoadWithoutErrors() {
        for (Lesson.Step step : content.lesson("scale-journey").orElseThrow().steps()) {
            SimulationRun atTenth = run(step, QuantityParser.parse(step.breaksAt()).in("/s") / 10);

            assertThat(atTenth.summary().errorRate()).as(step.id() + " at a tenth of " + step.breaksAt())
                    .isLessThan(0.01);
        }
    }

    @Test
    void aStepWhoseLoadCannotBeReadSaysSoInsteadOfBreakingTheLessonPage() {
        var step = content.lesson("scale-journey").orElseThrow().steps().getFirst();

        var panel = new LessonStepSimulation(traffic).atBreakingLoad(new DesignCanvas(List.of()), step.architecture(),
                "a lot");

        assertThat(panel.getElement().getTextRecursively()).contains("This step cannot be simulated",
                "'a lot' is not a rate");
        assertThat(panel.getChildren().filter(Button.class::isInstance)).isEmpty();
    }

    private static String typeOf(SimulationRun run, String componentId) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(componentId))
                .map(StationReport::type).findFirst().orElseThrow();
    }

    private SimulationRun run(Lesson.Step step, double load) {
        return traffic.run(Optional.empty(), step.architecture(), new TrafficRequest(load, 30, ScenarioKind.STEADY, null));
    }
}
