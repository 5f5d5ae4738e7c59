package org.designcoach.estimation;

import java.util.List;
import java.util.Map;

/** A case's estimate: assumption values as text by id, and the result lines in the order they build on each other. */
public record ReferenceEstimate(Map<String, String> assumptions, List<ReferenceLine> lines) {

    public ReferenceEstimate {
        assumptions = Map.copyOf(assumptions);
        lines = List.copyOf(lines);
    }
}
