package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FiguresTest {

    private final Figures.Keys keys = new Figures.Keys(List.of("lb", "api", "db"));

    @Test
    void aTicksFiguresReadAsAnOrderedReadOnlyMap() {
        Map<String, Double> figures = new Figures(keys, new double[] {0.1, 0.5, 0.9});

        assertThat(figures).isEqualTo(Map.of("lb", 0.1, "api", 0.5, "db", 0.9)).containsOnlyKeys("lb", "api", "db");
        assertThat(figures.keySet()).containsExactly("lb", "api", "db");
        assertThat(figures.get("api")).isEqualTo(0.5);
        assertThat(figures.get("cache")).isNull();
        assertThat(figures.getOrDefault("cache", 0.0)).isZero();
        assertThatThrownBy(() -> figures.put("cache", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTicksFiguresAreWrittenAsAJsonObject() {
        String json = JsonMapper.builder().build().writeValueAsString(new Figures(keys, new double[] {1, 2, 3}));

        assertThat(json).isEqualTo("{\"lb\":1.0,\"api\":2.0,\"db\":3.0}");
    }
}
