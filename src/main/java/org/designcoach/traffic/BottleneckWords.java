package org.designcoach.traffic;

import java.util.List;
import java.util.Locale;
import org.designcoach.simulation.Bottleneck;
import org.designcoach.simulation.Summary;

/**
 * What a run says about its bottleneck, in one sentence: a component is called the bottleneck only
 * when it is loaded to {@link Bottleneck#LOADED_UTILISATION} or more; below that the learner sees the
 * busiest one, so that a cache at 1 % is never blamed.
 */
final class BottleneckWords {

    private BottleneckWords() {
    }

    static String sentence(Summary summary) {
        Bottleneck bottleneck = summary.bottleneck();
        if (bottleneck != null && Double.isFinite(bottleneck.utilisation()) && bottleneck.utilisation() >= 1) {
            return String.format(Locale.ROOT, "Bottleneck: %s. At %.0f %% of its capacity, sustained, the design cannot "
                    + "carry this load: requests queue behind a growing backlog and the excess is dropped.",
                    bottleneck.reason(), bottleneck.utilisation() * 100);
        }
        if (bottleneck != null) {
            return Double.isFinite(bottleneck.utilisation()) ? String.format(Locale.ROOT, "Bottleneck: %s (%.0f %% of "
                    + "its capacity, sustained).", bottleneck.reason(), bottleneck.utilisation() * 100)
                    : "Bottleneck: " + bottleneck.reason();
        }
        Bottleneck busiest = summary.busiest();
        if (busiest == null) {
            return "No bottleneck: the design has no component that serves requests.";
        }
        return String.format(Locale.ROOT, "No bottleneck: every component stays below %.0f %% of its capacity, "
                + "sustained. Busiest component, at %.0f %%: %s", Bottleneck.LOADED_UTILISATION * 100, busiest.utilisation() * 100,
                busiest.reason());
    }

    /** The component to mark on the canvas: the bottleneck, or none. */
    static List<String> marked(Summary summary) {
        Bottleneck bottleneck = summary.bottleneck();
        return bottleneck == null ? List.of() : List.of(bottleneck.componentId());
    }
}
