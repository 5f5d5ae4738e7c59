package org.designcoach.content;

/** A common interview mistake that the report can name. */
public record Mistake(String id, String title, String description, String fix, String concept) {
}
