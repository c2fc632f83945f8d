package org.cultivar.registry.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.cultivar.registry.api.RegistryBatchWriter.Counts;
import org.cultivar.store.api.Transactions;

/**
 * One import job's writing, part by part: the checked chunks of the file are gathered into
 * parts of a fixed number of lines, and each part is stored in its own transaction together
 * with its own {@code registry.imported} audit entry (ADR 0008). A part is stored whole or not
 * at all; parts already stored stay when a later part fails, and importing the same file again
 * finishes the job, because rows already stored compare as unchanged.
 */
final class ImportParts {

    private final RegistryBatchWriter writer;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final RunningImport job;
    private final StoredPreview stored;
    private final ImportMode mode;
    private final int partRows;
    private final long partsExpected;

    private final List<ImportRow> buffered = new ArrayList<>();
    private long bufferedRows;
    private long bufferedSkipped;
    private long bufferedFirstLine;
    private long bufferedLastLine;

    private int partsStored;
    private long firstLineStored;
    private long lastLineStored;
    private Counts counts = new Counts(0, 0, 0, 0, 0);
    private long skipped;

    ImportParts(RegistryBatchWriter writer, Transactions transactions, AuditTrail audit, RunningImport job,
                StoredPreview stored, ImportMode mode, int partRows) {
        this.writer = writer;
        this.transactions = transactions;
        this.audit = audit;
        this.job = job;
        this.stored = stored;
        this.mode = mode;
        this.partRows = partRows;
        this.partsExpected = Math.max(1, (stored.preview().totalRows() + partRows - 1) / partRows);
    }

    /** Takes the next checked chunk; stores a part once it holds {@code partRows} lines. */
    void accept(BatchListChecker.Chunk chunk) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Cultivar stopped the import while shutting down");
        }
        if (mode == ImportMode.ALL_OR_NOTHING && chunk.invalidRows() > 0) {
            throw new InvalidInputException(chunk.problems());
        }
        if (bufferedRows == 0) {
            bufferedFirstLine = chunk.firstLine();
        }
        buffered.addAll(chunk.storable());
        bufferedRows += chunk.rows();
        bufferedSkipped += chunk.invalidRows();
        bufferedLastLine = chunk.lastLine();
        if (bufferedRows >= partRows) {
            storePart();
        }
    }

    /** Stores what is left after the last chunk. */
    ImportJob.Result finish() {
        if (bufferedRows > 0) {
            storePart();
        }
        return result();
    }

    int partsStored() {
        return partsStored;
    }

    /** What the stored parts hold. */
    ImportJob.Result result() {
        return new ImportJob.Result(counts.enterprisesCreated(), counts.enterprisesUpdated(), counts.figuresRecorded(),
                counts.titlesGranted(), counts.unchanged(), skipped);
    }

    /** What a user reads when the job stops before its end: which lines were stored, and what to do. */
    String stoppedMessage(String why) {
        if (partsStored == 0) {
            return "Nothing was stored: " + why;
        }
        return "Stopped after storing lines " + firstLineStored + "–" + lastLineStored + " (" + partsStored
                + " of " + partsExpected + " parts, each recorded in the audit trail); nothing after line "
                + lastLineStored + " was stored: " + why + ". Import the same file again to store the rest: "
                + "rows already stored are recognised as unchanged";
    }

    /** {@link #stoppedMessage} in Chinese, {@code why} given in Chinese. */
    String stoppedMessageZh(String why) {
        String sentence = why.endsWith("。") ? why : why + "。"; // the reasons come with and without a full stop
        if (partsStored == 0) {
            return "未保存任何内容：" + sentence;
        }
        return "已保存第 " + firstLineStored + "–" + lastLineStored + " 行（共 " + partsExpected + " 部分中的 " + partsStored
                + " 部分，每部分均记入审计记录）后停止，第 " + lastLineStored + " 行之后均未保存：" + sentence
                + "重新导入同一文件即可保存其余部分：已保存的行会识别为未变化。";
    }

    private void storePart() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Cultivar stopped the import while shutting down");
        }
        int part = partsStored + 1;
        Counts written = transactions.required(connection -> {
            Counts partCounts = buffered.isEmpty() ? new Counts(0, 0, 0, 0, 0)
                    : writer.write(stored.actor(), job.id(), buffered);
            recordPart(part, partCounts);
            return partCounts;
        });
        counts = counts.plus(written);
        skipped += bufferedSkipped;
        if (part == 1) {
            firstLineStored = bufferedFirstLine;
        }
        partsStored = part;
        lastLineStored = bufferedLastLine;
        job.advance(bufferedRows);
        buffered.clear();
        bufferedRows = 0;
        bufferedSkipped = 0;
    }

    private void recordPart(int part, Counts partCounts) {
        Actor actor = stored.actor();
        ImportPreview preview = stored.preview();
        audit.record(AuditEvent.of(actor, ImportService.AUDIT_ACTION, "import", job.id()).withChange(null, AuditJson.object(
                "file", preview.fileName(), "sha256", preview.sha256(), "mode", mode.name(),
                "part", part, "parts", partsExpected, "firstLine", bufferedFirstLine, "lastLine", bufferedLastLine,
                "rows", bufferedRows, "created", partCounts.enterprisesCreated(), "updated", partCounts.enterprisesUpdated(),
                "figures", partCounts.figuresRecorded(), "titles", partCounts.titlesGranted(),
                "unchanged", partCounts.unchanged(), "skippedInvalid", bufferedSkipped)));
    }
}
