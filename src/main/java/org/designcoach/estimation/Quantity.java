package org.designcoach.estimation;

/**
 * A number with a unit, held in base units: seconds for time and bytes for data, counts as plain
 * numbers. {@code 100M /month} is held as about 38.6 per second. Quantities are never NaN or infinite:
 * an estimate that overflows a double is a typing accident, so it is refused where it arises.
 */
public record Quantity(double value, Dimension dimension) {

    public Quantity {
        if (!Double.isFinite(value)) {
            throw new QuantityException("The result is too large to be a real estimate. Check the number of "
                    + "zeros, exponents and multipliers such as k, M, G and T.");
        }
        if (value == 0) {
            value = 0; // -0.0 would print as "-0" and differ from 0 in equals
        }
    }

    public static Quantity number(double value) {
        return new Quantity(value, Dimension.NONE);
    }

    public boolean isDimensionless() {
        return dimension.equals(Dimension.NONE);
    }

    public boolean isCompatibleWith(Quantity other) {
        return dimension.equals(other.dimension);
    }

    public Quantity plus(Quantity other) {
        requireCompatible(other, "add");
        return new Quantity(value + other.value, dimension);
    }

    public Quantity minus(Quantity other) {
        requireCompatible(other, "subtract");
        return new Quantity(value - other.value, dimension);
    }

    public Quantity times(Quantity other) {
        return new Quantity(value * other.value, dimension.plus(other.dimension));
    }

    public Quantity dividedBy(Quantity other) {
        if (other.value == 0) {
            throw new QuantityException("Cannot divide by zero. Check the value after the '/'.");
        }
        return new Quantity(value / other.value, dimension.minus(other.dimension));
    }

    /** Raises to a whole power; a unit is raised with it, so {@code (3 s)^2} is 9 s^2. */
    public Quantity pow(int exponent) {
        return pow((double) exponent);
    }

    /** Raises to a plain-number power; a base with a unit needs a whole exponent. */
    public Quantity pow(Quantity exponent) {
        if (!exponent.isDimensionless()) {
            throw new QuantityException("The power after '^' must be a plain number, not "
                    + exponent.dimension.describe() + " (" + exponent.format() + ").");
        }
        return pow(exponent.value);
    }

    private Quantity pow(double power) {
        boolean whole = power == Math.rint(power);
        if (!isDimensionless() && !whole) {
            throw new QuantityException("Only a plain number can be raised to a fractional power; "
                    + format() + " has a unit. Use a whole power such as ^ 2.");
        }
        if (!isDimensionless() && Math.abs(power) > Dimension.MAX_EXPONENT) {
            throw new QuantityException("Raising " + format() + " to the power " + Formats.number(power)
                    + " gives units no estimate uses. Raise plain numbers only, as in 62 ^ 7.");
        }
        if (value == 0 && power < 0) {
            throw new QuantityException("Cannot divide by zero: 0 raised to a negative power.");
        }
        if (value < 0 && !whole) {
            throw new QuantityException("A negative number has no real fractional power. Check the signs.");
        }
        Dimension raised = isDimensionless() ? dimension : dimension.times((int) power);
        return new Quantity(Math.pow(value, power), raised);
    }

    /** This quantity as a number of the given unit, such as {@code "TB"}, {@code "/day"} or {@code "KB/s"}. */
    public double in(String unit) {
        Quantity one = UnitText.parse(unit);
        if (!isCompatibleWith(one)) {
            throw new QuantityException("Cannot give " + format() + " in " + unit.strip() + ": it is "
                    + dimension.describe() + ", and " + unit.strip() + " is " + one.dimension.describe() + ".");
        }
        return value / one.value;
    }

    /** Readable text in base units with a prefix: {@code 40 /s}, {@code 1.2k /s}, {@code 3 TB}, {@code 6G}. */
    public String format() {
        if (isDimensionless()) {
            return Formats.number(value);
        } else if (dimension.equals(Dimension.DATA)) {
            return Formats.bytes(value);
        } else if (dimension.equals(Dimension.DATA_RATE)) {
            return Formats.bytes(value) + "/s";
        }
        return Formats.number(value) + " " + Formats.unitName(dimension);
    }

    /** Readable text in the given unit, as a case writes it: {@code 1.73M /day}, {@code 167 h}. */
    public String format(String unit) {
        if (unit.isBlank()) {
            return format();
        }
        return Formats.number(in(unit)) + " " + unit.strip();
    }

    private void requireCompatible(Quantity other, String verb) {
        if (!isCompatibleWith(other)) {
            throw new QuantityException("Cannot " + verb + " " + format() + " and " + other.format() + ": "
                    + dimension.describe() + " and " + other.dimension.describe()
                    + " are different kinds of quantity. Convert one of them first, for example a rate times "
                    + "a duration gives a count.");
        }
    }
}
