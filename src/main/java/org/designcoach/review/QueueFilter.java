package org.designcoach.review;

import org.jspecify.annotations.Nullable;

/** The mentor's queue filters; an absent value means "any". Returned reviews show only when asked for. */
public record QueueFilter(@Nullable Long cohortId, @Nullable String caseId, @Nullable String level,
        boolean includeReturned) {

    public static final QueueFilter OPEN = new QueueFilter(null, null, null, false);
}
