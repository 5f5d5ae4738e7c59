package org.designcoach.content;

/** One thing wrong in a content file: which file, where in it, and what. */
public record ContentProblem(String file, String place, String message) {

    @Override
    public String toString() {
        return file + (place.isEmpty() ? "" : " at " + place) + ": " + message;
    }
}
