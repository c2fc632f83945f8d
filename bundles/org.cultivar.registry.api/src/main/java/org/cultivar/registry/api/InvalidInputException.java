package org.cultivar.registry.api;

import java.util.List;
import java.util.stream.Collectors;

/** The input was refused, for the reasons listed; nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
