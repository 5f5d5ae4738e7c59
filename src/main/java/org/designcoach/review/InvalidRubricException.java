package org.designcoach.review;

import java.util.List;
import java.util.stream.Collectors;

/** A rubric file that cannot be used; the message names the file and lists every problem in it. */
class InvalidRubricException extends IllegalStateException {

    InvalidRubricException(String fileName, List<String> problems) {
        super("The review rubric " + fileName + " cannot be used (" + problems.size() + " problem(s)):\n"
                + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n")));
    }
}
