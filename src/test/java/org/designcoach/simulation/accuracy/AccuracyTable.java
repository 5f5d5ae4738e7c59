package org.designcoach.simulation.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of the accuracy report: for each case and figure, the exact value, the discrete-event
 * simulation's, and the engine's, with the errors and the tolerance each is held to.
 */
final class AccuracyTable {

    static final double EXACT_TOLERANCE = 0.02;
    static final double DES_TOLERANCE = 0.05;

    /**
     * One figure of one case. {@code exact} or {@code des} is NaN where there is none; {@code note} names
     * the paragraph below the table that explains a figure not held to a tolerance, or is null.
     */
    record Row(String caseName, String figure, String unit, double exact, double des, double desHalfWidth,
            double engine, String note) {

        double errorAgainstExact() {
            return relative(engine, exact);
        }

        double errorAgainstDes() {
            return relative(engine, des);
        }

        boolean held() {
            return note == null;
        }

        /** Whether the row stays within what it is held to; rows with a note are shown, not held. */
        boolean passes() {
            return !held() || !(errorAgainstExact() > EXACT_TOLERANCE) && !(errorAgainstDes() > DES_TOLERANCE);
        }

        private static double relative(double actual, double expected) {
            if (Double.isNaN(expected)) {
                return Double.NaN;
            }
            return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The table in Markdown, one line a row. */
    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| case | figure | exact | independent simulation (±95 %) | Design Coach | error vs exact "
                + "| error vs simulation | held to |\n");
        text.append("|---|---|--:|--:|--:|--:|--:|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.caseName()).append(" | ").append(row.figure())
                    .append(row.unit().isEmpty() ? "" : " (" + row.unit() + ")").append(" | ")
                    .append(number(row.exact())).append(" | ")
                    .append(Double.isNaN(row.des()) ? "—" : number(row.des()) + " ± " + number(row.desHalfWidth()))
                    .append(" | ").append(number(row.engine())).append(" | ")
                    .append(percent(row.errorAgainstExact())).append(" | ").append(percent(row.errorAgainstDes()))
                    .append(" | ").append(row.held() ? tolerance(row) : "shown, see " + row.note()).append(" |\n");
        }
        return text.toString();
    }

    private static String tolerance(Row row) {
        List<String> limits = new ArrayList<>();
        if (!Double.isNaN(row.exact())) {
            limits.add("2 % of exact");
        }
        if (!Double.isNaN(row.des())) {
            limits.add("5 % of simulation");
        }
        return String.join(", ", limits);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double size = Math.abs(value);
        String pattern = size == 0 || size >= 100 ? "%,.1f" : size >= 1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f %%", 100 * value);
    }
}
