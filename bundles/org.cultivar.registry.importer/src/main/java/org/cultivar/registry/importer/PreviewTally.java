package org.cultivar.registry.importer;

import java.util.ArrayList;
import java.util.List;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportPreview;

/** Adds up the checked chunks of a file into a preview, keeping only the first problems. */
final class PreviewTally {

    static final int PROBLEMS_SHOWN = 200;

    private final List<FieldProblem> problems = new ArrayList<>();
    private long rows;
    private long invalid;
    private long changing;
    private long unchanged;
    private boolean truncated;

    void add(BatchListChecker.Chunk chunk) {
        rows += chunk.rows();
        invalid += chunk.invalidRows();
        changing += chunk.changing();
        unchanged += chunk.unchanged();
        for (FieldProblem problem : chunk.problems()) {
            if (problems.size() < PROBLEMS_SHOWN) {
                problems.add(problem);
            } else {
                truncated = true;
            }
        }
    }

    ImportPreview preview(String id, String fileName, String sha256) {
        return new ImportPreview(id, fileName, sha256, rows, rows - invalid, invalid, changing, unchanged, problems, truncated);
    }
}
