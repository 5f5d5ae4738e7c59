package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageClockTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final StageClock clock = StageClock.start(defaultBudgets(), START);

    @Test
    void theFirstStageRunsFromTheStart() {
        assertThat(clock.current()).isEqualTo(Stage.REQUIREMENTS);
        assertThat(clock.remainingInStage(START.plusSeconds(120))).isEqualTo(Duration.ofMinutes(3));
        assertThat(clock.totalBudget()).isEqualTo(Duration.ofMinutes(50));
        assertThat(clock.remainingInSession(START.plusSeconds(120))).isEqualTo(Duration.ofMinutes(48));
    }

    @Test
    void timeIsCountedPerStageAsSpentIncludingGoingBack() {
        StageClock moved = clock.moveTo(Stage.ESTIMATION, at(4))
                .moveTo(Stage.REQUIREMENTS, at(6))
                .moveTo(Stage.ESTIMATION, at(7));

        assertThat(moved.spentIn(Stage.REQUIREMENTS, at(8))).isEqualTo(Duration.ofMinutes(5));
        assertThat(moved.spentIn(Stage.ESTIMATION, at(8))).isEqualTo(Duration.ofMinutes(3));
        assertThat(moved.totalSpent(at(8))).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void runningOverShowsAsNegativeTimeLeft() {
        assertThat(clock.remainingInStage(at(7))).isEqualTo(Duration.ofMinutes(-2));
    }

    @Test
    void pausedTimeCountsForNoStage() {
        StageClock paused = clock.pause(at(2));

        assertThat(paused.spentIn(Stage.REQUIREMENTS, at(30))).isEqualTo(Duration.ofMinutes(2));
        StageClock resumed = paused.resume(at(30));
        assertThat(resumed.spentIn(Stage.REQUIREMENTS, at(31))).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aStoppedClockStandsStill() {
        StageClock stopped = clock.moveTo(Stage.DESIGN, at(5)).stop(at(9));

        assertThat(stopped.spentIn(Stage.DESIGN, at(60))).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void theClockSurvivesItsJsonForm() {
        StageClock moved = clock.moveTo(Stage.DESIGN, at(3));

        assertThat(SessionJson.clock(SessionJson.write(moved))).isEqualTo(moved);
    }

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    static Map<Stage, Duration> defaultBudgets() {
        Map<Stage, Duration> budgets = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            budgets.put(stage, Duration.ofMinutes(stage.defaultMinutes()));
        }
        return budgets;
    }
}
