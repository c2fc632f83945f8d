package org.cultivar.registry.importer;

import org.cultivar.registry.api.FieldProblem;

/**
 * The file cannot be read on from the line named (not a workbook, not UTF-8, a row beyond the
 * limits, no header): unlike a bad row, nothing after it can be trusted.
 */
final class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient FieldProblem problem;

    UnreadableFileException(long line, String field, String zh, String en) {
        this(FieldProblem.at(line, field, zh, en));
    }

    private UnreadableFileException(FieldProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    FieldProblem problem() {
        return problem;
    }
}
