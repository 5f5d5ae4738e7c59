package org.designcoach.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message in the conversation about a returned review. {@code author} is absent once that
 * person's account was deleted ("a former member"); {@code side} still says whose side it came from.
 * The body is plain text, shown as text and never as HTML.
 */
public record ReviewMessage(long id, @Nullable String author, Side side, String body, Instant at) {

    public static final String FORMER_MEMBER = "a former member";

    /** Who wrote it in this review: its learner, its mentor, or an admin. */
    public enum Side {
        LEARNER, MENTOR, ADMIN
    }

    /** The author's name, or "a former member" for a deleted account. */
    public String authorName() {
        return author != null ? author : FORMER_MEMBER;
    }
}
