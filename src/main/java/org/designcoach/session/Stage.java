package org.designcoach.session;

import java.util.Locale;

/** The five stages of the interview framework, in order, with their default budgets in minutes. */
public enum Stage {
    REQUIREMENTS("Requirements", "requirements", 5),
    ESTIMATION("Estimation", "estimation", 3),
    DESIGN("High-level design", "design", 10),
    DEEP_DIVE("Deep dive", "deepDive", 20),
    TRADEOFFS("Bottlenecks and trade-offs", "tradeoffs", 7);

    /** Minutes of slack on top of the stages' budgets, as the framework allows. */
    public static final int BUFFER_MINUTES = 5;

    private final String title;
    private final String contentKey;
    private final int defaultMinutes;

    Stage(String title, String contentKey, int defaultMinutes) {
        this.title = title;
        this.contentKey = contentKey;
        this.defaultMinutes = defaultMinutes;
    }

    public String title() {
        return title;
    }

    /** The key of this stage in a case's {@code stageMinutes}. */
    String contentKey() {
        return contentKey;
    }

    int defaultMinutes() {
        return defaultMinutes;
    }

    public int number() {
        return ordinal() + 1;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
