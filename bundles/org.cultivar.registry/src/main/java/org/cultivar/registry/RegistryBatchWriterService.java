package org.cultivar.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bulk path for imports and demo seeding, in the caller's transaction. Rows go in chunks:
 * one query finds a chunk's enterprises, two more their figures and titles, and the changes go
 * out as JDBC batches, so a million rows take one pass and no per-row query. Titles are stored
 * already at their status of today (with the steps that led there) and name the operation. No
 * audit entries here: the importer records one for the whole operation (DESIGN.md).
 */
@Component(service = RegistryBatchWriter.class, configurationPid = RegistryConfiguration.PID)
public class RegistryBatchWriterService implements RegistryBatchWriter {

    static final int CHUNK = 1_000;
    static final int OPERATION_LENGTH = 100;
    /** Problems reported when a write is refused; the preview lists them all. */
    static final int PROBLEMS_SHOWN = 50;

    private final Transactions transactions;
    private final EnterpriseRefresh refresh;
    private final Clock clock;
    private final RegistrySettings settings;

    @Activate
    public RegistryBatchWriterService(@Reference Transactions transactions, @Reference CriteriaEvaluator evaluator,
                                      @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema,
                                      RegistryConfiguration configuration) {
        this(transactions, evaluator, Clock.systemUTC(), RegistrySettings.from(configuration));
    }

    RegistryBatchWriterService(Transactions transactions, CriteriaEvaluator evaluator, Clock clock,
                               RegistrySettings settings) {
        this.transactions = transactions;
        this.refresh = new EnterpriseRefresh(evaluator);
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public List<Comparison> compare(Actor actor, List<ImportRow> rows) {
        Authority.requireBatchWriter(actor);
        LocalDate today = BusinessDay.today(clock);
        return transactions.required(c -> {
            List<Comparison> comparisons = new ArrayList<>(rows.size());
            Map<String, Long> seen = new HashMap<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                comparisons.addAll(BatchChunk.compare(c, actor, checked(actor, rows, from, today), seen).comparisons());
            }
            return comparisons;
        });
    }

    /** Refuses the whole write if any row is invalid: the caller's transaction then stores nothing. */
    @Override
    public Counts write(Actor actor, String operation, List<ImportRow> rows) {
        Authority.requireBatchWriter(actor);
        Problems problems = new Problems();
        String checkedOperation = problems.text("operation", "Operation", operation, OPERATION_LENGTH, true);
        problems.throwIfAny();
        LocalDate today = BusinessDay.today(clock);
        Instant now = clock.instant();
        return transactions.required(c -> {
            Counts counts = new Counts(0, 0, 0, 0, 0);
            Map<String, Long> seen = new HashMap<>();
            CommonGrams commonGrams = CommonGrams.read(c);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                BatchChunk chunk = BatchChunk.compare(c, actor, checked(actor, rows, from, today), seen);
                List<FieldProblem> refused = chunk.problems();
                if (!refused.isEmpty()) {
                    throw new InvalidInputException(refused.subList(0, Math.min(PROBLEMS_SHOWN, refused.size())));
                }
                counts = counts.plus(chunk.write(c, actor, checkedOperation, refresh, settings, commonGrams, today, now));
            }
            return counts;
        });
    }

    private List<BatchRow> checked(Actor actor, List<ImportRow> rows, int from, LocalDate today) {
        return rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                .map(row -> BatchRow.check(actor, row, today, settings)).toList();
    }
}
