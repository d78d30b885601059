package org.casereview.application;

import java.util.List;

/** The application cannot be stored as it stands; nothing was saved. */
public class InvalidApplicationException extends RuntimeException {

    private final List<ValidationProblem> problems;

    public InvalidApplicationException(List<ValidationProblem> problems) {
        super("The application has " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
