package org.designcoach.estimation;

/**
 * The kind of a quantity as exponents of time (seconds) and data (bytes). Counts of things (requests,
 * users, links) carry no exponent: 40 requests per second is a rate, {@code time = -1}.
 */
public record Dimension(int time, int data) {

    /** Exponents beyond this are typing accidents, not estimates; the limit also keeps arithmetic exact. */
    static final int MAX_EXPONENT = 20;

    public static final Dimension NONE = new Dimension(0, 0);
    public static final Dimension TIME = new Dimension(1, 0);
    public static final Dimension DATA = new Dimension(0, 1);
    public static final Dimension RATE = new Dimension(-1, 0);
    public static final Dimension DATA_RATE = new Dimension(-1, 1);

    public Dimension {
        if (Math.abs(time) > MAX_EXPONENT || Math.abs(data) > MAX_EXPONENT) {
            throw new QuantityException("Units raised to a power above " + MAX_EXPONENT
                    + " are not an estimate. Check the ^ in the expression.");
        }
    }

    Dimension plus(Dimension other) {
        return new Dimension(time + other.time, data + other.data);
    }

    Dimension minus(Dimension other) {
        return new Dimension(time - other.time, data - other.data);
    }

    Dimension times(int exponent) {
        return new Dimension(time * exponent, data * exponent);
    }

    /** How a learner would name this kind of quantity, for messages. */
    public String describe() {
        if (equals(NONE)) {
            return "a plain number";
        } else if (equals(TIME)) {
            return "a duration";
        } else if (equals(DATA)) {
            return "a data size";
        } else if (equals(RATE)) {
            return "a rate (per time)";
        } else if (equals(DATA_RATE)) {
            return "a bandwidth (data per time)";
        }
        return "a quantity in " + Formats.unitName(this);
    }
}
