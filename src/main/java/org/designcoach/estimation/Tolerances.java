package org.designcoach.estimation;

/**
 * How forgiving the checks are. Arithmetic allows a relative difference ({@code 0.15}: one month is
 * 2.5M or 2.592M seconds depending on who rounds); magnitude allows a factor either way ({@code 2}:
 * different assumptions are fine as long as they lead to the same kind of design).
 */
public record Tolerances(double relative, double factor) {

    public static final Tolerances DEFAULT = new Tolerances(0.15, 2);

    public Tolerances {
        if (!(relative >= 0 && relative < 1)) {
            throw new IllegalArgumentException("relative tolerance must be at least 0 and below 1, was " + relative);
        }
        if (!(factor >= 1 && Double.isFinite(factor))) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
    }
}
