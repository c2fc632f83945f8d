package org.cultivar.subsidy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.Confirmation;
import org.cultivar.subsidy.api.payment.ConfirmationReader;
import org.cultivar.subsidy.api.payment.PaymentFileWriter;
import org.cultivar.subsidy.api.payment.PaymentOrder;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.StoreException;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Disbursement batches: filled in chunks on a worker thread (see {@link BatchFilling}), their
 * payment file written by the payments bundle from what was recorded when each payout was
 * included, and the bank's confirmation applied once per file.
 */
@Component(service = DisbursementBatches.class, configurationPid = EngineConfiguration.PID)
// the configuration is designated once, on ApprovalsService; both read the same PID
public class DisbursementBatchesService implements DisbursementBatches {

    private static final int MAXIMUM_PAYOUTS = 1_000_000;
    private static final int MAXIMUM_PAGE = 500;
    private static final int MAXIMUM_CONFIRMATION_BYTES = 50 * 1024 * 1024;
    /** Payouts read per query when a batch is requested. */
    private static final int IN_LIST = 5_000;

    private final EngineContext engine;
    private volatile EngineSettings settings;
    private final PaymentFileWriter writer;
    private final ConfirmationReader reader;
    private final CertificationRegistry registry;
    private volatile BatchFilling filling;
    private final Executor worker;
    private final ExecutorService ownedWorker;

    @Activate
    public DisbursementBatchesService(@Reference Transactions transactions, @Reference AuditTrail auditTrail,
                                      @Reference SubsidyEvents events, @Reference CertificationRegistry registry,
                                      @Reference PaymentFileWriter writer, @Reference ConfirmationReader reader,
                                      @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema,
                                      EngineConfiguration configuration) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), EngineSettings.from(configuration), registry,
                writer, reader, Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "cultivar-disbursement")));
        // after a crash, kill or stop nobody else would carry on a PREPARING batch: it would wait forever
        resumeInterrupted();
    }

    DisbursementBatchesService(EngineContext engine, EngineSettings settings, CertificationRegistry registry,
                               PaymentFileWriter writer, ConfirmationReader reader, Executor worker) {
        this.engine = engine;
        this.settings = settings;
        this.writer = writer;
        this.reader = reader;
        this.registry = registry;
        this.filling = new BatchFilling(engine, registry, settings.chunkSize());
        this.worker = worker;
        this.ownedWorker = worker instanceof ExecutorService service ? service : null;
    }

    /**
     * A changed engine configuration (payer accounts, chunk size) is taken in place: restarting the
     * component instead would stop its worker in the middle of filling a batch. A fill under way
     * finishes with the chunk size it started with.
     */
    @Modified
    void modified(EngineConfiguration configuration) {
        EngineSettings changed = EngineSettings.from(configuration);
        filling = new BatchFilling(engine, registry, changed.chunkSize());
        settings = changed;
    }

    /**
     * Queues every batch that a crash, kill or stop left PREPARING to be filled on from its last
     * committed chunk, by the system actor (DESIGN.md: batch resume is automatic work). Called
     * when the component starts; a batch another node is filling at that moment is safe, since
     * its chunks take turns on the batch row's lock.
     */
    void resumeInterrupted() {
        worker.execute(filling::resumeInterrupted);
    }

    @Deactivate
    void stop() {
        // an interrupted batch stays PREPARING with its finished chunks committed; resume continues it
        if (ownedWorker != null) {
            ownedWorker.shutdownNow();
        }
    }

    @Override
    public DisbursementBatch create(Actor actor, String scheduleId, List<Long> payoutIds, String requestKey) {
        Authority.requireClerk(actor);
        String key = Reasons.required("requestKey", requestKey, 100);
        if (payoutIds == null || payoutIds.isEmpty() || payoutIds.size() > MAXIMUM_PAYOUTS) {
            throw new InvalidInputException("payoutIds", "每个拨付批次须包含 1 至 " + MAXIMUM_PAYOUTS + " 笔拨付。",
                    "a batch carries 1 to " + MAXIMUM_PAYOUTS + " payouts");
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(payoutIds));
        long batchId;
        try {
            batchId = engine.transactions().required(c -> {
                Optional<BatchTable.Stored> earlier = BatchTable.byRequestKey(c, key);
                if (earlier.isPresent()) {
                    return sameRequest(actor, scheduleId, earlier.get());
                }
                RegionCode region = regionOfPayouts(c, scheduleId, distinct);
                Authority.requireScope(actor, region);
                return insert(c, actor, scheduleId, region, key, distinct);
            });
        } catch (StoreException e) {
            if (!Conflicts.lostRace(e.getCause())) {
                throw e;
            }
            // the same request key committed by a racing click: that batch is the answer
            batchId = engine.transactions().required(c -> sameRequest(actor, scheduleId, BatchTable.byRequestKey(c, key).orElseThrow()));
        }
        long started = batchId;
        worker.execute(() -> filling.run(actor, started));
        return engine.transactions().required(c -> BatchTable.find(c, started).orElseThrow().batch());
    }

    @Override
    public DisbursementBatch resume(Actor actor, long batchId) {
        if (!actor.isSystem()) {
            Authority.requireClerk(actor);
        }
        BatchTable.Stored batch = visible(actor, batchId);
        if (batch.batch().status() == DisbursementBatch.Status.PREPARING) {
            worker.execute(() -> filling.run(actor, batchId));
        }
        return engine.transactions().required(c -> BatchTable.find(c, batchId).orElseThrow().batch());
    }

    @Override
    public Optional<DisbursementBatch> batch(Actor actor, long batchId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> BatchTable.find(c, batchId)
                .filter(stored -> actor.isSystem() || actor.scope().covers(stored.region())).map(BatchTable.Stored::batch));
    }

    @Override
    public List<DisbursementBatch> batches(Actor actor, int offset, int limit) {
        Authority.requireReader(actor);
        Pages.check(offset, limit, MAXIMUM_PAGE);
        return engine.transactions().required(c -> BatchTable.list(c, Authority.regionPattern(actor), offset, limit)
                .stream().map(BatchTable.Stored::batch).toList());
    }

    /**
     * The first file of a ready batch is produced by a clerk and marks it sent; afterwards anyone
     * who may read the batch gets the same bytes again.
     */
    @Override
    public PaymentFile paymentFile(Actor actor, long batchId, PaymentFile.Format format) {
        Authority.requireReader(actor);
        BatchTable.Stored batch = visible(actor, batchId);
        DisbursementBatch.Status status = batch.batch().status();
        if (status == DisbursementBatch.Status.PREPARING) {
            throw new ConflictException(BilingualText.of("拨付批次 " + batchId + " 仍在准备中（已核查 " + batch.batch().processed() + " 笔）。",
                    "Batch " + batchId + " is still being prepared (" + batch.batch().processed() + " checked)."));
        }
        if (status == DisbursementBatch.Status.READY && !actor.has(Role.CLERK)) {
            throw new AccessDeniedException("批次的首份支付文件须由经办人员生成。",
                    "The first payment file of a batch is produced by a clerk.");
        }
        BankAccount payer = settings.payer(batch.batch().scheduleId()).orElseThrow(() -> new ConflictException(
                "No payer account is configured for " + batch.batch().scheduleId() + "; an administrator must configure it."));
        PaymentFile file = engine.transactions().required(c -> {
            PaymentOrder order = new PaymentOrder(batch.messageId(), batch.batch().createdAt(), batch.executionDate(),
                    settings.initiatingParty(), payer, BatchTable.instructions(c, batchId));
            byte[] content = format == PaymentFile.Format.PAIN_001 ? writer.pain001(order) : writer.csv(order);
            String sha256 = sha256(content);
            if (status == DisbursementBatch.Status.READY && BatchTable.lock(c, batchId).orElseThrow() == DisbursementBatch.Status.READY) {
                BatchTable.setStatus(c, batchId, DisbursementBatch.Status.SENT);
                int sent = Jdbc.update(c, "UPDATE subsidy_payout SET status = 'SENT', version = version + 1 WHERE batch_id = ? AND status = 'IN_BATCH'",
                        batchId);
                engine.audit().record(AuditEvent.of(actor, "batch.sent", "batch", Long.toString(batchId))
                        .withRegion(batch.region().code()).withChange(null, AuditJson.object("format", format, "sha256", sha256,
                                "payouts", sent, "total", batch.batch().total())));
                engine.events().publish("batch/SENT", Map.of("id", batchId, "region", batch.region().code()));
            }
            String extension = format == PaymentFile.Format.PAIN_001 ? ".xml" : ".csv";
            return new PaymentFile("cultivar-batch-" + batchId + extension, format, content, sha256);
        });
        DurableBeforeLeaving.flush(engine.transactions());
        return file;
    }

    @Override
    public ConfirmationPreview previewConfirmation(Actor actor, String fileName, InputStream content) {
        Authority.requireClerk(actor);
        String name = Reasons.required("fileName", fileName, 255);
        byte[] bytes = readBounded(content);
        Confirmation confirmation;
        try {
            confirmation = reader.read(name, bytes);
        } catch (InvalidInputException e) {
            return new ConfirmationPreview(null, name, List.of(), e.problems());
        }
        return engine.transactions().required(c -> {
            boolean applied = Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_confirmation WHERE sha256 = ?", sha256(bytes)) > 0;
            ConfirmationMatching.Matched matched = ConfirmationMatching.match(c, confirmation, applied);
            if (matched.batch().isPresent()) {
                Authority.requireScope(actor, matched.batch().get().region());
            }
            if (!matched.problems().isEmpty()) {
                return new ConfirmationPreview(null, name, matched.lines(), matched.problems());
            }
            String previewId = UUID.randomUUID().toString();
            Jdbc.update(c, "INSERT INTO subsidy_confirmation_preview (id, file_name, content, region_code, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", previewId, name, bytes, matched.batch().get().region().code(), actor.userId(), engine.now());
            return new ConfirmationPreview(previewId, name, matched.lines(), List.of());
        });
    }

    @Override
    public ConfirmationPreview applyConfirmation(Actor actor, String previewId) {
        Authority.requireClerk(actor);
        return Conflicts.translated(new ConflictException(BilingualText.of("他人同时应用了这份银行确认文件；没有任何款项被重复处理。",
                "This confirmation was applied by someone else at the same moment; nothing was applied twice.")),
                () -> engine.transactions().required(c -> {
                    record Preview(String fileName, byte[] content, RegionCode region) {
                    }
                    Preview preview = Jdbc.one(c, "SELECT * FROM subsidy_confirmation_preview WHERE id = ?", row -> new Preview(
                                    row.getString("file_name"), row.getBytes("content"), RegionCode.of(row.getString("region_code"))),
                            previewId).orElseThrow(() -> new InvalidInputException("previewId", "该银行确认文件预览不存在。",
                            "no such confirmation preview"));
                    Authority.requireScope(actor, preview.region());
                    Confirmation confirmation = reader.read(preview.fileName(), preview.content());
                    String sha256 = sha256(preview.content());
                    boolean applied = Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_confirmation WHERE sha256 = ?", sha256) > 0;
                    ConfirmationMatching.Matched matched = ConfirmationMatching.match(c, confirmation, applied);
                    ConfirmationPreview result = new ConfirmationPreview(previewId, preview.fileName(), matched.lines(), matched.problems());
                    if (applied || !matched.problems().isEmpty()) {
                        return result;
                    }
                    long batchId = matched.batch().orElseThrow().batch().id();
                    Jdbc.update(c, "INSERT INTO subsidy_confirmation (sha256, file_name, batch_id, lines, applied_by, applied_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", sha256, preview.fileName(), batchId, matched.lines().size(), actor.userId(), engine.now());
                    ConfirmationApplication.applyAll(c, engine, actor, batchId, matched.lines(), matched.payouts());
                    ConfirmationApplication.confirmBatchIfDone(c, batchId);
                    engine.audit().record(AuditEvent.of(actor, "batch.confirmation-applied", "batch", Long.toString(batchId))
                            .withRegion(preview.region().code()).withChange(null, AuditJson.object("file", preview.fileName(),
                                    "sha256", sha256, "lines", matched.lines().size())));
                    return result;
                }));
    }

    private long sameRequest(Actor actor, String scheduleId, BatchTable.Stored earlier) {
        Authority.requireScope(actor, earlier.region());
        if (!earlier.batch().scheduleId().equals(scheduleId)) {
            throw new ConflictException(BilingualText.of("该请求标识已用于 " + earlier.batch().scheduleId() + " 的一个拨付批次。",
                    "The request key was already used for a batch of " + earlier.batch().scheduleId() + "."));
        }
        return earlier.batch().id();
    }

    /** The schedule's region, from its payouts; every requested payout must exist and belong to the schedule. */
    private static RegionCode regionOfPayouts(Connection c, String scheduleId, List<Long> payoutIds) throws SQLException {
        List<FieldProblem> problems = new ArrayList<>();
        RegionCode region = null;
        Map<Long, PayoutTable.Owner> owners = new java.util.HashMap<>();
        for (int from = 0; from < payoutIds.size(); from += IN_LIST) {
            owners.putAll(PayoutTable.ownersOf(c, payoutIds.subList(from, Math.min(from + IN_LIST, payoutIds.size()))));
        }
        for (long id : payoutIds) {
            PayoutTable.Owner owner = owners.get(id);
            if (owner == null || !owner.scheduleId().equals(scheduleId)) {
                problems.add(FieldProblem.of("payoutIds", "拨付 " + id + " 不是项目 " + scheduleId + " 的拨付。",
                        "payout " + id + " is no payout of " + scheduleId));
            } else {
                region = owner.region();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 20 ? problems.subList(0, 20) : problems);
        }
        return region;
    }

    private long insert(Connection c, Actor actor, String scheduleId, RegionCode region, String key, List<Long> payoutIds)
            throws SQLException {
        String messageId = "CV" + UUID.randomUUID().toString().replace("-", "");
        long batchId = Jdbc.insert(c, "INSERT INTO subsidy_batch (version, request_key, schedule_id, region_code, status, message_id,"
                        + " execution_date, created_by, created_at, requested) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key, scheduleId,
                region.code(), DisbursementBatch.Status.PREPARING, messageId, engine.today(), actor.userId(), engine.now(), payoutIds.size());
        try (PreparedStatement item = c.prepareStatement(
                "INSERT INTO subsidy_batch_item (batch_id, payout_id, state) VALUES (?, ?, 'PENDING')")) {
            for (long payoutId : payoutIds) {
                item.setLong(1, batchId);
                item.setLong(2, payoutId);
                item.addBatch();
            }
            item.executeBatch();
        }
        engine.changed(actor, "batch", batchId, region, "CREATED", AuditJson.object("schedule", scheduleId, "requested",
                payoutIds.size(), "requestKey", key));
        return batchId;
    }

    private BatchTable.Stored visible(Actor actor, long batchId) {
        BatchTable.Stored batch = engine.transactions().required(c -> BatchTable.find(c, batchId))
                .orElseThrow(() -> new InvalidInputException("batchId", "拨付批次 " + batchId + " 不存在。", "batch " + batchId + " does not exist"));
        Authority.requireScope(actor, batch.region());
        return batch;
    }

    private static byte[] readBounded(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes(MAXIMUM_CONFIRMATION_BYTES + 1);
            if (bytes.length > MAXIMUM_CONFIRMATION_BYTES) {
                throw new InvalidInputException("file", "文件大小超过 " + MAXIMUM_CONFIRMATION_BYTES / 1024 / 1024 + " MB。",
                        "is larger than " + MAXIMUM_CONFIRMATION_BYTES / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
