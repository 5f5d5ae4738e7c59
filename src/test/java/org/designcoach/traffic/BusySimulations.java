package org.designcoach.traffic;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** For tests of other features: a person whose simulation slots are all taken, as runs in other tabs would. */
public final class BusySimulations {

    private BusySimulations() {
    }

    /** Takes every slot the person has on this instance; closing gives them back. */
    public static AutoCloseable takeEverySlot(ApplicationContext context, String person) {
        SimulationSlots slots = context.getBean(SimulationSlots.class);
        List<SimulationSlots.Slot> taken = new ArrayList<>();
        try {
            while (true) {
                taken.add(slots.take(person));
            }
        } catch (SimulationsBusyException full) {
            return () -> taken.forEach(SimulationSlots.Slot::close);
        }
    }
}
