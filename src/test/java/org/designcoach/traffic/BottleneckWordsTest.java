package org.designcoach.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designcoach.simulation.Bottleneck;
import org.designcoach.simulation.Latency;
import org.designcoach.simulation.Summary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BottleneckWordsTest {

    private static Summary summary(@Nullable Bottleneck bottleneck, @Nullable Bottleneck busiest) {
        return new Summary(new Latency(1, 2, 3), new Latency(1, 2, 3), null, 10, 10, 0, 1, 0.999, 100, bottleneck, busiest,
                List.of(), List.of());
    }

    @Test
    void aLoadedComponentIsNamedTheBottleneckAndMarked() {
        Bottleneck db = new Bottleneck("db", 1.37, "Database: 4,100 writes/s against a capacity of 3,000");

        Summary summary = summary(db, db);

        assertThat(BottleneckWords.sentence(summary))
                .isEqualTo("Bottleneck: Database: 4,100 writes/s against a capacity of 3,000. At 137 % of its capacity, "
                        + "sustained, the design cannot carry this load: requests queue behind a growing backlog and "
                        + "the excess is dropped.");
        assertThat(BottleneckWords.marked(summary)).containsExactly("db");
    }

    @Test
    void aLoadedComponentThatKeepsUpIsNamedWithItsSustainedLoad() {
        Bottleneck api = new Bottleneck("api", 0.8, "API: 80 requests/s against a capacity of 100");

        assertThat(BottleneckWords.sentence(summary(api, api)))
                .isEqualTo("Bottleneck: API: 80 requests/s against a capacity of 100 (80 % of its capacity, sustained).");
    }

    @Test
    void aLightlyLoadedComponentIsOnlyTheBusiestAndNothingIsMarked() {
        Bottleneck cache = new Bottleneck("cache", 0.012, "Cache: 1,200 reads/s against a capacity of 100,000");

        Summary summary = summary(null, cache);

        assertThat(BottleneckWords.sentence(summary)).isEqualTo("No bottleneck: every component stays below 70 % of "
                + "its capacity, sustained. Busiest component, at 1 %: Cache: 1,200 reads/s against a capacity of 100,000")
                .doesNotContain("Bottleneck:");
        assertThat(BottleneckWords.marked(summary)).isEmpty();
    }
}
