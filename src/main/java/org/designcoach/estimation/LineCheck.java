package org.designcoach.estimation;

import org.jspecify.annotations.Nullable;

/**
 * The checks of one result line. {@code expected} is the line's formula worked out with the learner's
 * own assumptions (null when it cannot be); {@code answer} is the learner's answer as read (null when
 * missing or unreadable); {@code derivation} shows the formula with the numbers put in; {@code message}
 * says in plain words what the verdicts mean and, when a line cannot be checked, why. {@code slip} names
 * a unit error or a power-of-ten slip against the learner's own values, with a sentence in {@code slipNote}
 * (empty when there is none).
 */
public record LineCheck(
        String id,
        String label,
        Arithmetic arithmetic,
        Magnitude magnitude,
        @Nullable Quantity expected,
        @Nullable Quantity answer,
        String derivation,
        String message,
        Slip slip,
        String slipNote) {
}
