package org.designcoach.estimation;

import org.jspecify.annotations.Nullable;

/**
 * One result of a case's reference estimate: {@code formula} may name assumptions and earlier lines;
 * {@code value} is the case's worked answer as text, such as {@code "40 /s"}.
 */
public record ReferenceLine(String id, String label, String formula, String value, @Nullable String note) {
}
