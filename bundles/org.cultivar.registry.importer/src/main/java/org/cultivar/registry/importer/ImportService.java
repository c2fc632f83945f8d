package org.cultivar.registry.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.cultivar.registry.api.RegistryImport;
import org.cultivar.store.api.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch-list import: a preview reads and checks the uploaded file once and keeps it on disk for
 * {@link #PREVIEW_KEPT}; starting it re-reads the kept file in the background and writes the
 * rows through the registry's batch writer in parts of {@link #PART_ROWS} lines, each part in
 * one transaction with its own audit entry ({@link ImportParts}, ADR 0008). Officials only.
 */
@Component(service = RegistryImport.class)
public final class ImportService implements RegistryImport {

    static final Duration PREVIEW_KEPT = Duration.ofHours(1);
    static final int JOBS_KEPT = 50;
    /**
     * Lines per stored part: small enough that the database never holds one huge open
     * transaction (H2's file grew without bound during a one-transaction million-row import),
     * large enough that the per-part commit and audit entry cost nothing measurable.
     */
    static final int PART_ROWS = 20_000;
    /**
     * Valid lines from which an import into an empty registry runs as a first load (ADR 0010):
     * below it, updating the indexes as the parts go costs less than building them afterwards.
     */
    static final long FIRST_LOAD_ROWS = 50_000;
    static final String DATA_DIR_PROPERTY = "cultivar.data.dir";
    static final String AUDIT_ACTION = "registry.imported";
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int PROBLEMS_IN_ERROR = 5;
    private static final int MAXIMUM_FILE_NAME = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final RegistryBatchWriter writer;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Path folder;
    private final Clock clock;
    private final ImportLimits limits;
    private final int partRows;
    private final long firstLoadRows;
    private final BatchListChecker checker;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cultivar-registry-import");
        thread.setDaemon(true);
        return thread;
    });
    /** The thread that reads and checks a running import's file ahead of its storing ({@link CheckedAhead}). */
    private static final ThreadFactory CHECKING_THREADS = task -> {
        Thread thread = new Thread(task, "cultivar-registry-import-check");
        thread.setDaemon(true);
        return thread;
    };
    private final Map<String, StoredPreview> previews = new ConcurrentHashMap<>();
    private final Deque<RunningImport> jobs = new ArrayDeque<>();

    @Activate
    public ImportService(@Reference RegistryBatchWriter writer, @Reference Transactions transactions,
                         @Reference AuditTrail audit, BundleContext context) {
        this(writer, transactions, audit, uploadFolder(context.getProperty(DATA_DIR_PROPERTY)),
                Clock.system(BUSINESS_ZONE), ImportLimits.DEFAULT);
    }

    ImportService(RegistryBatchWriter writer, Transactions transactions, AuditTrail audit, Path folder, Clock clock,
                  ImportLimits limits) {
        this(writer, transactions, audit, folder, clock, limits, PART_ROWS);
    }

    ImportService(RegistryBatchWriter writer, Transactions transactions, AuditTrail audit, Path folder, Clock clock,
                  ImportLimits limits, int partRows) {
        this(writer, transactions, audit, folder, clock, limits, partRows, FIRST_LOAD_ROWS);
    }

    ImportService(RegistryBatchWriter writer, Transactions transactions, AuditTrail audit, Path folder, Clock clock,
                  ImportLimits limits, int partRows, long firstLoadRows) {
        if (partRows <= 0 || partRows % BatchListChecker.CHUNK != 0) {
            throw new IllegalArgumentException("parts hold a whole number of " + BatchListChecker.CHUNK + "-row chunks");
        }
        this.partRows = partRows;
        this.firstLoadRows = firstLoadRows;
        this.writer = writer;
        this.transactions = transactions;
        this.audit = audit;
        this.folder = folder;
        this.clock = clock;
        this.checker = new BatchListChecker(writer, limits);
        this.limits = limits;
        deleteLeftoverUploads();
    }

    /** Uploads wait under the data directory, or the temporary directory when none is set. */
    static Path uploadFolder(String dataDirectory) {
        String base = dataDirectory == null || dataDirectory.isBlank() ? System.getProperty("java.io.tmpdir") : dataDirectory;
        return Path.of(base).resolve("registry-imports");
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        // a running import notices the interrupt between chunks: the part being gathered is not stored
        executor.shutdownNow();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("The registry import still runs after 30 s; its transaction rolls back when it ends");
        }
        previews.values().forEach(stored -> stored.upload().delete());
        previews.clear();
    }

    @Override
    public ImportPreview preview(Actor actor, String fileName, InputStream content) {
        requireOfficial(actor);
        discardExpiredPreviews();
        String name = displayName(fileName);
        SpooledUpload upload = SpooledUpload.store(content, folder, limits);
        try {
            PreviewTally tally = new PreviewTally();
            transactions.required(connection -> {
                checker.check(actor, name, upload.file(), today(), tally::add);
                return null;
            });
            ImportPreview preview = tally.preview(UUID.randomUUID().toString(), name, upload.sha256());
            previews.put(preview.id(), new StoredPreview(preview, upload, actor, clock.instant().plus(PREVIEW_KEPT)));
            return preview;
        } catch (UnreadableFileException e) {
            upload.delete();
            throw new InvalidInputException(List.of(e.problem()));
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
    }

    @Override
    public ImportJob start(Actor actor, String previewId, ImportMode mode) {
        requireOfficial(actor);
        discardExpiredPreviews();
        if (mode == null) {
            throw new InvalidInputException("mode", "请选择“全部或不导入”或“只导入有效行”。",
                    "choose whether to import all rows or nothing, or only the valid rows");
        }
        StoredPreview stored = previewId == null ? null : previews.get(previewId);
        if (stored == null) {
            throw new InvalidInputException("previewId", "找不到这份预览（预览保留 " + PREVIEW_KEPT.toMinutes()
                    + " 分钟，且只能导入一次）；请重新上传文件。", "no preview with this id is waiting (previews are kept for "
                    + PREVIEW_KEPT.toMinutes() + " minutes and imported once); upload the file again");
        }
        if (!stored.belongsTo(actor)) {
            throw new AccessDeniedException("只有预览该文件的主管官员可以导入它。", "Only the official who previewed a file may import it");
        }
        ImportPreview preview = stored.preview();
        if (mode == ImportMode.ALL_OR_NOTHING && preview.invalidRows() > 0) {
            throw new InvalidInputException("mode", "文件有 " + ImportLimits.count(preview.invalidRows())
                    + " 行无效，“全部或不导入”将不会保存任何内容；请更正文件，或只导入 "
                    + ImportLimits.count(preview.validRows()) + " 行有效数据。", "the file has " + ImportLimits.count(preview.invalidRows())
                    + " invalid rows, so importing all or nothing would store nothing; correct the file, or import only the "
                    + ImportLimits.count(preview.validRows()) + " valid rows");
        }
        if (!previews.remove(previewId, stored)) {
            throw new InvalidInputException("previewId", "这份预览已在导入中。", "this preview is already being imported");
        }
        RunningImport job = new RunningImport(UUID.randomUUID().toString(), preview.fileName(), actor.userId(),
                clock.instant(), preview.totalRows());
        remember(job);
        executor.execute(() -> run(job, stored, mode));
        return job.snapshot();
    }

    @Override
    public Optional<ImportJob> job(Actor actor, String jobId) {
        requireOfficial(actor);
        synchronized (jobs) {
            return jobs.stream().filter(job -> job.id().equals(jobId) && job.startedBy().equals(actor.userId()))
                    .findFirst().map(RunningImport::snapshot);
        }
    }

    @Override
    public List<ImportJob> jobs(Actor actor) {
        requireOfficial(actor);
        synchronized (jobs) {
            return jobs.stream().filter(job -> job.startedBy().equals(actor.userId())).map(RunningImport::snapshot).toList();
        }
    }

    private void run(RunningImport job, StoredPreview stored, ImportMode mode) {
        ImportParts parts = new ImportParts(writer, transactions, audit, job, stored, mode, partRows);
        boolean firstLoad = false;
        Runnable outcome;
        try {
            firstLoad = stored.preview().validRows() >= firstLoadRows && writer.beginFirstLoad(stored.actor());
            LocalDate today = today();
            CheckedAhead.<BatchListChecker.Chunk>run(chunks -> checker.check(stored.actor(), stored.preview().fileName(),
                    stored.upload().file(), today, chunks), parts::accept, CHECKING_THREADS);
            ImportJob.Result result = parts.finish();
            outcome = () -> job.done(result);
        } catch (InvalidInputException e) {
            outcome = () -> stopped(job, parts, "the file has rows the registry refuses (" + summary(e.problems(), false)
                    + "); preview it again to see them all", "文件中有未通过登记校验的行（" + summary(e.problems(), true)
                    + "）；请重新预览以查看全部问题。");
        } catch (UnreadableFileException e) {
            outcome = () -> stopped(job, parts, e.problem().toString(), summary(List.of(e.problem()), true));
        } catch (CancellationException e) {
            outcome = () -> stopped(job, parts, e.getMessage(), "系统关闭，导入被中止。");
        } catch (RuntimeException e) {
            LOG.error("Registry import {} of {} failed after {} stored parts", job.id(), stored.preview().fileName(),
                    parts.partsStored(), e);
            String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            outcome = () -> stopped(job, parts, "the import failed (" + cause + ")", "导入失败（" + cause + "）。");
        } finally {
            stored.upload().delete();
        }
        // the job ends once searches are quick again, so a user who waited for it finds the registry ready
        if (firstLoad) {
            finishFirstLoad(job, stored.actor());
        }
        outcome.run();
    }

    /**
     * Builds what the first load set aside, also after a failed load; not while Cultivar shuts
     * down, since the registry finishes an unfinished first load when it starts again.
     */
    private void finishFirstLoad(RunningImport job, Actor actor) {
        if (Thread.currentThread().isInterrupted()) {
            LOG.warn("Registry import {} stopped during a first load; the registry finishes it at the next start", job.id());
            return;
        }
        try {
            writer.finishFirstLoad(actor);
        } catch (RuntimeException e) {
            LOG.error("Registry import {}: the first load's indexes could not be built; the registry tries again at the "
                    + "next start", job.id(), e);
        }
    }

    private static void stopped(RunningImport job, ImportParts parts, String why, String whyZh) {
        job.failed(parts.stoppedMessage(why), parts.stoppedMessageZh(whyZh), parts.partsStored() == 0 ? null : parts.result());
    }

    /** The first problems; in Chinese by line and message only (the field ids are the program's, not the clerk's). */
    private static String summary(List<FieldProblem> problems, boolean chinese) {
        if (!chinese) {
            return problems.stream().limit(PROBLEMS_IN_ERROR).map(FieldProblem::toString).collect(Collectors.joining("; "))
                    + (problems.size() > PROBLEMS_IN_ERROR ? "; …" : "");
        }
        return problems.stream().limit(PROBLEMS_IN_ERROR)
                .map(problem -> (problem.line() > 0 ? "第 " + problem.line() + " 行：" : "") + problem.message(true))
                .collect(Collectors.joining()) + (problems.size() > PROBLEMS_IN_ERROR ? "……" : "");
    }

    private void remember(RunningImport job) {
        synchronized (jobs) {
            jobs.addFirst(job);
            while (jobs.size() > JOBS_KEPT) {
                jobs.removeLast();
            }
        }
    }

    private void discardExpiredPreviews() {
        previews.values().removeIf(stored -> {
            boolean expired = stored.expires().isBefore(clock.instant());
            if (expired) {
                stored.upload().delete();
            }
            return expired;
        });
    }

    /** Uploads left by a process that stopped; their previews died with it. */
    private void deleteLeftoverUploads() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith(SpooledUpload.SUFFIX)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String displayName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        return name.length() > MAXIMUM_FILE_NAME ? name.substring(0, MAXIMUM_FILE_NAME) : name;
    }

    private static void requireOfficial(Actor actor) {
        if (actor == null || !actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedException("只有主管官员可以导入批次名单。", "Only officials may import batch lists");
        }
    }
}
