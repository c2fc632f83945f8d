package org.cultivar.registry.api;

import java.util.List;

/**
 * What a file would change, before anything is stored.
 *
 * @param sha256    the file's digest: the same file imported again changes nothing
 * @param problems  the first problems found, each naming line and field (at most a few hundred)
 * @param newRows   valid rows that would change the registry
 * @param unchanged valid rows the registry already holds exactly
 */
public record ImportPreview(String id, String fileName, String sha256, long totalRows, long validRows,
                            long invalidRows, long newRows, long unchanged, List<FieldProblem> problems,
                            boolean problemsTruncated) {

    public ImportPreview {
        problems = List.copyOf(problems);
    }
}
