package org.designcoach.session;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Time per stage as spent, from stored instants only, so that a reload, another device or a
 * server restart shows the same clock. Time while paused counts for no stage.
 */
record StageClock(Map<Stage, Duration> budgets, Map<Stage, Duration> spent, Stage current, Instant enteredAt,
        @Nullable Instant pausedAt) {

    StageClock {
        budgets = Map.copyOf(budgets);
        spent = Map.copyOf(spent);
    }

    static StageClock start(Map<Stage, Duration> budgets, Instant now) {
        Map<Stage, Duration> none = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            none.put(stage, Duration.ZERO);
        }
        return new StageClock(budgets, none, Stage.REQUIREMENTS, now, null);
    }

    /** Time spent in a stage, counting the running visit of the current one. */
    Duration spentIn(Stage stage, Instant now) {
        Duration past = spent.getOrDefault(stage, Duration.ZERO);
        return stage == current ? past.plus(running(now)) : past;
    }

    Duration remainingInStage(Instant now) {
        return budgets.get(current).minus(spentIn(current, now));
    }

    Duration totalBudget() {
        return budgets.values().stream().reduce(Duration.ZERO, Duration::plus)
                .plusMinutes(Stage.BUFFER_MINUTES);
    }

    Duration totalSpent(Instant now) {
        Duration total = Duration.ZERO;
        for (Stage stage : Stage.values()) {
            total = total.plus(spentIn(stage, now));
        }
        return total;
    }

    Duration remainingInSession(Instant now) {
        return totalBudget().minus(totalSpent(now));
    }

    /** Ends the visit of the current stage and starts one of {@code next}; going back is allowed. */
    StageClock moveTo(Stage next, Instant now) {
        Map<Stage, Duration> updated = new EnumMap<>(spent);
        updated.put(current, spentIn(current, now));
        return new StageClock(budgets, updated, next, now, pausedAt == null ? null : now);
    }

    /** Closes the running visit, as when the session ends. */
    StageClock stop(Instant now) {
        Map<Stage, Duration> updated = new EnumMap<>(spent);
        updated.put(current, spentIn(current, now));
        return new StageClock(budgets, updated, current, now, now);
    }

    StageClock pause(Instant now) {
        return pausedAt != null ? this : stop(now);
    }

    StageClock resume(Instant now) {
        return pausedAt == null ? this : new StageClock(budgets, spent, current, now, null);
    }

    boolean paused() {
        return pausedAt != null;
    }

    private Duration running(Instant now) {
        if (pausedAt != null || now.isBefore(enteredAt)) {
            return Duration.ZERO;
        }
        return Duration.between(enteredAt, now);
    }
}
