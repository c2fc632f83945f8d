package org.cultivar.registry.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.cultivar.registry.api.RegistryBatchWriter.Change;
import org.cultivar.registry.api.RegistryBatchWriter.Comparison;

/**
 * Reads a batch list once, checks every row field by field, and has the registry compare the
 * valid ones in chunks of {@value #CHUNK}: the same pass serves the preview (which counts) and
 * the import (which writes). Only one chunk is in memory at a time.
 */
final class BatchListChecker {

    static final int CHUNK = 1_000;

    private final RegistryBatchWriter writer;
    private final ImportLimits limits;

    BatchListChecker(RegistryBatchWriter writer, ImportLimits limits) {
        this.writer = writer;
        this.limits = limits;
    }

    /**
     * A chunk of rows checked against the file's rules and the registry.
     *
     * @param storable  the rows the registry can take, in file order
     * @param rows      the data rows read (blank rows are not counted)
     * @param changing  storable rows that would create or change something
     * @param problems  every problem of the chunk's invalid rows, in line order
     * @param firstLine the file line of the chunk's first data row
     * @param lastLine  the file line of its last data row
     */
    record Chunk(List<ImportRow> storable, long rows, long invalidRows, long changing, long unchanged,
                 List<FieldProblem> problems, long firstLine, long lastLine) {
    }

    /**
     * Hands the checked chunks to the consumer, in file order.
     *
     * @throws UnreadableFileException when the file cannot be read on; chunks before it were handed on
     */
    void check(Actor actor, String fileName, Path file, LocalDate today, Consumer<Chunk> consumer) {
        Pass pass = new Pass(actor, today, consumer);
        SheetRows.forFile(fileName, file, limits).read(file, pass::row);
        pass.finish();
    }

    /** The state of one reading of a file. */
    private final class Pass {

        private final Actor actor;
        private final LocalDate today;
        private final Consumer<Chunk> consumer;
        private final List<RowValidator.CheckedRow> pending = new ArrayList<>(CHUNK);
        private RowValidator validator;
        private long rows;

        Pass(Actor actor, LocalDate today, Consumer<Chunk> consumer) {
            this.actor = actor;
            this.today = today;
            this.consumer = consumer;
        }

        void row(long line, List<String> cells) {
            if (validator == null) {
                validator = new RowValidator(HeaderRow.parse(cells), today, limits);
                return;
            }
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            if (++rows > limits.maxRows()) {
                throw new UnreadableFileException(line, "file", "文件超过 " + ImportLimits.count(limits.maxRows())
                        + " 行，超出一次导入的上限；请拆分为几个文件。", "the file has more than " + ImportLimits.count(limits.maxRows())
                        + " rows, the most one import takes; split it into several files");
            }
            pending.add(validator.check(line, cells));
            if (pending.size() == CHUNK) {
                flush();
            }
        }

        void finish() {
            if (validator == null) {
                throw new UnreadableFileException(0, "file", "文件是空的。", "the file is empty");
            }
            if (rows == 0) {
                throw new UnreadableFileException(HeaderRow.LINE + 1, "file", "文件只有表头，没有数据行。",
                        "the file has a header but no rows");
            }
            flush();
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<ImportRow> valid = pending.stream().filter(RowValidator.CheckedRow::valid).map(RowValidator.CheckedRow::row).toList();
            Iterator<Comparison> comparisons = (valid.isEmpty() ? List.<Comparison>of() : writer.compare(actor, valid)).iterator();
            List<ImportRow> storable = new ArrayList<>();
            List<FieldProblem> problems = new ArrayList<>();
            long invalid = 0;
            long changing = 0;
            long unchanged = 0;
            for (RowValidator.CheckedRow checked : pending) {
                if (!checked.valid()) {
                    invalid++;
                    problems.addAll(checked.problems());
                    continue;
                }
                Comparison comparison = comparisons.next();
                if (!comparison.valid()) {
                    invalid++;
                    problems.addAll(comparison.problems());
                } else {
                    storable.add(checked.row());
                    if (comparison.change() == Change.UNCHANGED) {
                        unchanged++;
                    } else {
                        changing++;
                    }
                }
            }
            consumer.accept(new Chunk(storable, pending.size(), invalid, changing, unchanged, problems,
                    pending.get(0).line(), pending.get(pending.size() - 1).line()));
            pending.clear();
        }
    }
}
