package org.designcoach.content;

import org.jspecify.annotations.Nullable;

/**
 * When the load a design is judged at becomes a finding, and what the finding says: the {@code load}
 * section of a rules file (content/rules/global.yaml explains each figure). Utilisations are
 * fractions (0.7 is 70 %), costs USD a month. The texts' placeholders are listed in
 * docs/content-format.md.
 *
 * @param overloadedAbove  above this utilisation a component cannot carry the load: a finding
 * @param overloadedPoints what an overloaded component costs per doubling of its load over its capacity
 *                         (half as much at 1.41 times, twice as much at 4 times), so that the cost follows
 *                         how far the design is from carrying the peak
 * @param overloadedMaxPoints the most one overloaded component costs
 * @param severeFrom       from this utilisation an overloaded component is an error; below it, a warning
 *                         (a few instances short), which counts against its category's cap
 * @param bufferedSevereFrom the same for a component fed only by queues and streams, whose overload delays
 *                         work instead of failing requests; {@code severeFrom} when not given
 * @param loadedFrom       from this utilisation up to {@code overloadedAbove}: a warning
 * @param idleBelow        the busiest station under this utilisation makes the design a candidate for
 *                         the cost finding
 * @param sizedFor         the utilisation each component is sized for when working out what the load needs
 * @param overspendFactor  the cost finding needs the monthly cost above this many times what the load needs
 * @param overspendAtLeast and the difference at least this many dollars a month
 */
public record LoadJudgement(double overloadedAbove, int overloadedPoints, int overloadedMaxPoints, double severeFrom,
        @Nullable Double bufferedSevereFrom, double loadedFrom, int loadedPoints,
        double idleBelow, double sizedFor, double overspendFactor, double overspendAtLeast, int overspendPoints,
        Text overloaded, Text loaded, Text overspend) {

    /** From this utilisation an overloaded component fed only by queues and streams is an error. */
    public double severeFromWhenBuffered() {
        return bufferedSevereFrom == null ? severeFrom : bufferedSevereFrom;
    }

    /** A finding's words, with placeholders such as {@code {name}} filled in for each design. */
    public record Text(String title, String explanation, String concept) {
    }
}
