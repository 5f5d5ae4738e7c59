package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.content.ContentService;
import org.designcoach.content.Lesson;
import org.designcoach.design.DesignComponent;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.simulation.Bottleneck;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.designcoach.simulation.Tick;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The scale journey agrees with itself: each of its nine steps, run as its page runs it (at the load
 * where the lesson says it breaks, with its outage when it names one), fails in the way its text says
 * forces the next step; at a tenth of that load, with nothing failing, it serves without errors.
 */
@SpringBootTest
@WithMockUser(username = "lena", roles = "LEARNER")
class ScaleJourneyTest {

    @Autowired
    private TrafficService traffic;

    @Autowired
    private ContentService content;

    @Test
    void theJourneyHasNineStepsAndEachNamesWhatBreaksIt() {
        List<Lesson.Step> steps = journey().steps();

        assertThat(steps).hasSize(9);
        assertThat(steps).allSatisfy(step -> assertThat(step.breaksOn() != null || step.outage() != null)
                .as(step.id() + " names a saturated component type or an outage").isTrue());
    }

    @Test
    void everyStepThatBreaksUnderLoadSaturatesTheComponentTypeItsTextNames() {
        for (Lesson.Step step : journey().steps()) {
            if (step.breaksOn() == null) {
                continue;
            }
            SimulationRun atBreak = runAsThePageDoes(step, 1);

            Bottleneck bottleneck = atBreak.summary().bottleneck();
            assertThat(bottleneck).as(step.id() + " has a bottleneck").isNotNull();
            assertThat(typeOf(atBreak, bottleneck.componentId())).as(step.id() + ": the bottleneck's type")
                    .isEqualTo(step.breaksOn());
            assertThat(bottleneck.utilisation()).as(step.id() + ": the bottleneck is over capacity, not merely busy")
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void everyStepWhoseFailureIsAnOutageLosesTheOriginWhenItsPlaceGoesDark() {
        var outages = journey().steps().stream().filter(step -> step.outage() != null).toList();
        assertThat(outages).as("steps whose failure is an outage").isNotEmpty();
        for (Lesson.Step step : outages) {
            SimulationRun run = runAsThePageDoes(step, 1);

            List<String> inPlace = step.architecture().components().stream()
                    .filter(c -> step.outage().place().equals(c.group()) || step.outage().place().equals(c.region()))
                    .map(DesignComponent::id).toList();
            Tick last = run.ticks().getLast();
            assertThat(last.down()).as(step.id() + ": everything in " + step.outage().place() + " is down")
                    .containsAll(inPlace);
            assertThat(LessonStepSimulation.errorsBefore(run, true)).as(step.id() + " before the outage")
                    .isLessThan(0.01);
            assertThat(LessonStepSimulation.errorsBefore(run, false)).as(step.id() + " after the outage")
                    .isGreaterThan(0.1);
        }
    }

    @Test
    void theQueueStepKeepsUsersServedWhileItsSlowProviderFallsBehind() {
        Lesson.Step queues = journey().steps().stream().filter(step -> step.id().equals("queues")).findFirst()
                .orElseThrow();
        SimulationRun run = runAsThePageDoes(queues, 1);

        assertThat(run.summary().errorRate()).as("users see no errors").isLessThan(0.01);
        String provider = run.summary().bottleneck().componentId();
        List<Double> backlog = run.ticks().stream().map(t -> t.backlog().get(provider)).toList();
        assertThat(backlog.getLast()).as("the provider's backlog grows all run").isGreaterThan(backlog.get(10));
    }

    @Test
    void theMultiRegionStepSendsNoComponentMoreThanTheLoadSentIn() {
        Lesson.Step multiRegion = journey().steps().stream().filter(step -> step.id().equals("multi-dc")).findFirst()
                .orElseThrow();
        SimulationRun run = runAsThePageDoes(multiRegion, 1);

        for (Tick tick : run.ticks()) {
            assertThat(FanOut.into(tick).values()).as("second " + tick.second())
                    .allSatisfy(in -> assertThat(in).isLessThanOrEqualTo(tick.offeredRps() * 1.000001));
        }
        assertThat(FanOut.note(run)).isEmpty();
    }

    @Test
    void theShardingStepOverloadsTheShardWithTheHotKeyWhileTheOthersHaveRoom() {
        Lesson.Step sharding = journey().steps().stream().filter(step -> step.id().equals("sharding")).findFirst()
                .orElseThrow();
        SimulationRun run = runAsThePageDoes(sharding, 1);

        assertThat(run.summary().bottleneck().componentId()).isEqualTo("shard-1");
        assertThat(run.summary().stations()).filteredOn(s -> s.componentId().matches("shard-[234]"))
                .allSatisfy(s -> assertThat(s.peakUtilisation()).as(s.componentId()).isLessThan(0.5));
    }

    @Test
    void everyStepServesATenthOfItsBreakingLoadWithoutErrors() {
        for (Lesson.Step step : journey().steps()) {
            double tenth = QuantityParser.parse(step.breaksAt()).in("/s") / 10;
            SimulationRun atTenth = traffic.run(Optional.empty(), step.architecture(),
                    LessonStepSimulation.request(tenth, null));

            assertThat(atTenth.summary().errorRate()).as(step.id() + " at a tenth of " + step.breaksAt())
                    .isLessThan(0.01);
        }
    }

    @Test
    void aStepWhoseLoadCannotBeReadSaysSoInsteadOfBreakingTheLessonPage() {
        var step = journey().steps().getFirst();

        var panel = new LessonStepSimulation(traffic).atBreakingLoad(new DesignCanvas(List.of()), step.architecture(),
                "a lot", null);

        assertThat(panel.getElement().getTextRecursively()).contains("This step cannot be simulated",
                "'a lot' is not a rate");
        assertThat(panel.getChildren().filter(Button.class::isInstance)).isEmpty();
    }

    @Test
    void aStepWithAnOutageSaysOnItsButtonWhatFails() {
        var step = journey().steps().stream().filter(s -> s.outage() != null).findFirst().orElseThrow();

        var panel = new LessonStepSimulation(traffic).atBreakingLoad(new DesignCanvas(List.of()), step.architecture(),
                step.breaksAt(), step.outage());

        assertThat(panel.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()).toList())
                .singleElement().asString().contains("fail " + step.outage().place());
    }

    private Lesson journey() {
        return content.lesson("scale-journey").orElseThrow();
    }

    private static String typeOf(SimulationRun run, String componentId) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(componentId))
                .map(StationReport::type).findFirst().orElseThrow();
    }

    private SimulationRun runAsThePageDoes(Lesson.Step step, double share) {
        double load = QuantityParser.parse(step.breaksAt()).in("/s") * share;
        return traffic.run(Optional.empty(), step.architecture(), LessonStepSimulation.request(load, step.outage()));
    }
}
