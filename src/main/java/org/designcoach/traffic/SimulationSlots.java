package org.designcoach.traffic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many simulations each person has running on this instance, across pages and the API, so that
 * one person cannot take every core with heavy runs. Counted in memory: behind several instances the
 * limit holds per instance.
 */
@Component
class SimulationSlots {

    private final int perPerson;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    SimulationSlots(@Value("${designcoach.simulation.max-concurrent-per-person:2}") int perPerson) {
        if (perPerson < 1) {
            throw new IllegalArgumentException(
                    "designcoach.simulation.max-concurrent-per-person must be at least 1, not " + perPerson);
        }
        this.perPerson = perPerson;
    }

    /** Takes a slot for the person, or refuses with the reason; close the slot when the run ends. */
    Slot take(String person) {
        boolean[] taken = {false};
        running.compute(person, (name, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perPerson) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new SimulationsBusyException(perPerson);
        }
        return () -> running.computeIfPresent(person, (name, count) -> count <= 1 ? null : count - 1);
    }

    int runningFor(String person) {
        return running.getOrDefault(person, 0);
    }

    /** A run's hold on one of its person's slots. */
    interface Slot extends AutoCloseable {

        @Override
        void close();
    }
}
