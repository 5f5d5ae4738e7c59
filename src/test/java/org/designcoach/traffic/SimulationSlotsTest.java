package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulationSlotsTest {

    private final SimulationSlots slots = new SimulationSlots(2);

    @Test
    void aPersonMayRunAsManySimulationsAsTheLimitAndNoMore() {
        slots.take("lena");
        slots.take("lena");

        assertThatThrownBy(() -> slots.take("lena")).isInstanceOf(SimulationsBusyException.class)
                .hasMessage("You already have 2 simulations running, the most one person may run at once (in any tab "
                        + "or through the API). Try again in about 5 seconds, when one has finished.");
        assertThat(slots.runningFor("lena")).isEqualTo(2);
    }

    @Test
    void oneRunFinishingFreesItsSlot() {
        var first = slots.take("lena");
        slots.take("lena");

        first.close();

        slots.take("lena");
        assertThat(slots.runningFor("lena")).isEqualTo(2);
    }

    @Test
    void eachPersonHasTheirOwnSlots() {
        slots.take("lena");
        slots.take("lena");

        slots.take("mira");

        assertThat(slots.runningFor("mira")).isEqualTo(1);
    }

    @Test
    void slotsOfFinishedRunsAreForgotten() {
        try (var run = slots.take("lena")) {
            assertThat(slots.runningFor("lena")).isEqualTo(1);
        }

        assertThat(slots.runningFor("lena")).isZero();
    }

    @Test
    void aLimitBelowOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new SimulationSlots(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("designcoach.simulation.max-concurrent-per-person");
    }
}
