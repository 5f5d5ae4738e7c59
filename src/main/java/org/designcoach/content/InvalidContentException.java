package org.designcoach.content;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be loaded; lists every problem, not only the first. */
public class InvalidContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    InvalidContentException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the content:\n" + problems.stream()
                .map(problem -> "  - " + problem)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
