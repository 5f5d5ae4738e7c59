package org.designcoach.rules;

import java.util.Locale;

/** What a finding is about; the report shows a score for each. */
public enum Category {
    REQUIREMENTS, SCALABILITY, RELIABILITY, SECURITY, OPERABILITY, COST, SIMPLICITY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Category fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
