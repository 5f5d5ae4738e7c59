package org.designcoach.progress;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart as {@code <progress-chart>} draws it (frontend/components/progress-chart): a kind, the
 * labels of the category axis, the series; the same numbers become the chart's text alternative.
 *
 * @param kind "line" for values over time, "bars", or "stacked-bars"
 * @param keys per label, what a click on it reports (an attempt id); empty when nothing is clickable
 */
record ChartSpec(String kind, String unit, List<String> labels, List<Series> series, @Nullable Integer max,
        List<String> keys) {

    static final String LINE = "line";
    static final String BARS = "bars";
    static final String STACKED_BARS = "stacked-bars";

    ChartSpec {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        keys = List.copyOf(keys);
    }

    /** Values per label; null leaves a gap. A reference series (a budget) is drawn as a dashed line. */
    record Series(String name, List<@Nullable Number> values, boolean reference) {

        Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        static Series of(String name, List<@Nullable Number> values) {
            return new Series(name, values, false);
        }
    }
}
