package org.designcoach.archfixtures.engine;

import java.util.List;
import org.designcoach.design.Design;
import org.jspecify.annotations.Nullable;

/** An engine as the rule wants it: java.*, the design records, JSpecify and its own package. */
public class PlainEngine {

    public @Nullable String firstComponentId(Design design) {
        List<String> ids = design.components().stream().map(c -> c.id()).toList();
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
