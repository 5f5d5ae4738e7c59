package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.designcoach.content.ContentService;
import org.designcoach.content.Lesson;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.simulation.SimulationRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each step of the scale journey, run at the load where the lesson says it breaks, is strained; at a
 * tenth of that load it serves without errors. The lesson and the simulator tell the same story.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class LessonBreakingLoadTest {

    @Autowired
    private TrafficService traffic;

    @Autowired
    private ContentService content;

    @Test
    void everyStepIsStrainedAtItsBreakingLoadAndServesATenthOfItWithoutErrors() {
        Lesson journey = content.lesson("scale-journey").orElseThrow();
        for (Lesson.Step step : journey.steps()) {
            double load = QuantityParser.parse(step.breaksAt()).in("/s");

            SimulationRun atBreak = run(step, load);
            SimulationRun atTenth = run(step, load / 10);

            assertThat(atBreak.summary().bottleneck()).as(step.id()).isNotNull();
            assertThat(atBreak.summary().bottleneck().utilisation()).as(step.id() + " at " + step.breaksAt())
                    .isGreaterThanOrEqualTo(0.8);
            assertThat(atTenth.summary().errorRate()).as(step.id() + " at a tenth of " + step.breaksAt())
                    .isLessThan(0.01);
        }
    }

    private SimulationRun run(Lesson.Step step, double load) {
        return traffic.run(Optional.empty(), step.architecture(), new TrafficRequest(load, 30, ScenarioKind.STEADY, null));
    }
}
