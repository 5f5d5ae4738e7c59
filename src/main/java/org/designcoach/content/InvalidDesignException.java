package org.designcoach.content;

import java.util.List;

/** A design document that cannot be used, with every problem found, each saying where and how to fix it. */
public class InvalidDesignException extends RuntimeException {

    private final List<String> problems;

    InvalidDesignException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    InvalidDesignException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
