package org.designcoach.content;

import java.util.List;

/** The interview levels, junior to staff, in order. */
public final class Levels {

    public static final List<String> ALL = List.of("junior", "mid", "senior", "staff");

    private Levels() {
    }

    static int rank(String level) {
        int rank = ALL.indexOf(level);
        return rank < 0 ? ALL.size() : rank;
    }

    /** "mid" → "Mid-level", for people rather than files. */
    public static String label(String level) {
        return switch (level) {
            case "junior" -> "Junior";
            case "mid" -> "Mid-level";
            case "senior" -> "Senior";
            case "staff" -> "Staff";
            default -> level;
        };
    }
}
