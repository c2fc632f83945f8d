package org.cultivar.subsidy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.StoreException;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The approval chain, enforced here: each step by a different person holding the step's role in
 * the schedule's region, never the recorder, never someone who took an earlier step of the
 * round. The application rows are locked before they are judged and the version is checked again
 * in the UPDATE, so of two racing decisions exactly one wins. The last approval creates the award
 * and commits budget in the same transaction. One decision and many take the same path ({@link Deciding}).
 */
@Component(service = Approvals.class, configurationPid = EngineConfiguration.PID)
@Designate(ocd = EngineConfiguration.class)
public class ApprovalsService implements Approvals {

    private static final int COMMENT_LENGTH = 2000;
    private static final int CHUNK_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalsService.class);

    private final EngineContext engine;
    private volatile EngineSettings settings;
    private volatile Deciding deciding;

    @Activate
    public ApprovalsService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema,
                            EngineConfiguration configuration) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), EngineSettings.from(configuration));
    }

    ApprovalsService(EngineContext engine, EngineSettings settings) {
        this.engine = engine;
        this.settings = settings;
        this.deciding = new Deciding(engine, settings);
    }

    /**
     * A changed engine configuration (approval chains, chunk size) is taken in place for the next
     * decisions: restarting the component instead would stop a bulk decision under way.
     */
    @Modified
    void modified(EngineConfiguration configuration) {
        EngineSettings changed = EngineSettings.from(configuration);
        deciding = new Deciding(engine, changed);
        settings = changed;
    }

    @Override
    public ApprovalChain chain(Actor actor, String scheduleId) {
        Authority.requireReader(actor);
        return settings.chain(scheduleId);
    }

    @Override
    public Application decide(Actor actor, long applicationId, long expectedVersion, ApprovalDecision.Verdict verdict,
                              String comment) {
        requireDecider(actor);
        String text = comment(verdict, comment);
        return Conflicts.translated(ApplicationTable.changedMeanwhile(applicationId),
                () -> engine.transactions().required(c -> {
                    Deciding.Outcome outcome = deciding.take(c, actor, List.of(new BulkDecision.Selected(applicationId, expectedVersion)),
                            verdict, text).get(0);
                    if (outcome.refusal() != null) {
                        throw outcome.refusal();
                    }
                    return ApplicationTable.find(c, applicationId).orElseThrow().application();
                }));
    }

    @Override
    public BulkDecision decideAll(Actor actor, List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict,
                                  String comment) {
        requireDecider(actor);
        String text = comment(verdict, comment);
        requireSelection(selections);
        List<BulkDecision.Decided> decided = new ArrayList<>();
        List<BulkDecision.Refused> refused = new ArrayList<>();
        // one action, one configuration, even if it changes while the action runs
        int chunkSize = settings.chunkSize();
        Deciding with = deciding;
        for (int from = 0; from < selections.size(); from += chunkSize) {
            List<BulkDecision.Selected> chunk = selections.subList(from, Math.min(selections.size(), from + chunkSize));
            for (Deciding.Outcome outcome : chunk(with, actor, chunk, verdict, text)) {
                if (outcome.refusal() == null) {
                    decided.add(new BulkDecision.Decided(outcome.applicationId(), outcome.status(), outcome.version()));
                } else {
                    refused.add(new BulkDecision.Refused(outcome.applicationId(), outcome.refusal() instanceof AccessDeniedException
                            ? BulkDecision.Refusal.NOT_PERMITTED : BulkDecision.Refusal.CONFLICT, outcome.refusal().getMessage(),
                            outcome.refusal() instanceof ConflictException conflict ? conflict.text()
                                    : outcome.refusal() instanceof AccessDeniedException denied
                                            ? BilingualText.of(denied.chinese(), denied.getMessage())
                                            : BilingualText.of(outcome.refusal().getMessage(), outcome.refusal().getMessage())));
                }
            }
        }
        recordBulk(actor, verdict, decided.size(), refused);
        return new BulkDecision(decided, refused);
    }

    /**
     * The bulk action as the auditor reads it: one entry for the action, and one for each refused
     * application (the decided ones have their entries already), so that an attempt the engine refused
     * (a decision that was not this person's to make above all) is not lost. No events: nothing changed.
     */
    private void recordBulk(Actor actor, ApprovalDecision.Verdict verdict, int decided, List<BulkDecision.Refused> refused) {
        engine.transactions().requiresNew(c -> {
            for (BulkDecision.Refused refusal : refused) {
                engine.audit().record(AuditEvent.of(actor, "application.decision-refused", "application",
                        Long.toString(refusal.applicationId())).withRegion(actor.scope().code()).withChange(null,
                        AuditJson.object("verdict", verdict, "refusal", refusal.refusal(), "reason", refusal.reasonText().zh())));
            }
            engine.audit().record(AuditEvent.of(actor, "application.decided-in-bulk", "application", null)
                    .withRegion(actor.scope().code()).withChange(null, AuditJson.object("verdict", verdict,
                            "decisions", decided + refused.size(), "decided", decided, "refused", refused.size())));
            return null;
        });
    }

    /**
     * One chunk in a transaction of its own. A lost race with another transaction (a deadlock, a
     * lock timeout, a row changed under the judgement) rolls the chunk back whole and it is judged
     * again on what the winner committed; after {@value #CHUNK_ATTEMPTS} losses its applications are
     * refused as changed meanwhile, and the next chunk goes on.
     */
    private List<Deciding.Outcome> chunk(Deciding deciding, Actor actor, List<BulkDecision.Selected> chunk,
                                         ApprovalDecision.Verdict verdict, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                return engine.transactions().requiresNew(c -> deciding.take(c, actor, chunk, verdict, text));
            } catch (ConflictException | StoreException lost) {
                if (lost instanceof StoreException failure && !Conflicts.lostRace(failure.getCause())) {
                    throw failure;
                }
                LOG.warn("A chunk of {} decisions from application {} lost a race (attempt {} of {}): {}", chunk.size(),
                        chunk.get(0).applicationId(), attempt, CHUNK_ATTEMPTS, lost.toString());
                if (attempt == CHUNK_ATTEMPTS) {
                    return chunk.stream().map(selected -> Deciding.Outcome.refused(selected.applicationId(),
                            ApplicationTable.changedMeanwhile(selected.applicationId()))).toList();
                }
            }
        }
    }

    private static void requireDecider(Actor actor) {
        if (actor == null || actor.isSystem() || actor.roles().isEmpty()) {
            throw new AccessDeniedException("审批决定须由具有该环节角色的人员作出。",
                    "Approval decisions are taken by people holding the step's role.");
        }
    }

    /** An approval may go without a comment; returning and rejecting need a reason. */
    private static String comment(ApprovalDecision.Verdict verdict, String comment) {
        return verdict == ApprovalDecision.Verdict.APPROVE ? Reasons.optional("comment", comment, COMMENT_LENGTH)
                : Reasons.required("comment", comment, COMMENT_LENGTH);
    }

    private static void requireSelection(List<BulkDecision.Selected> selections) {
        if (selections == null) {
            throw new InvalidInputException("selections", "为必填项。", "is required");
        }
        if (selections.size() > BulkDecision.MAXIMUM_SELECTIONS) {
            throw new InvalidInputException("selections", String.format(Locale.ROOT,
                    "共选择 %,d 件申请；每次最多可审批 %,d 件，请分批选择。", selections.size(), BulkDecision.MAXIMUM_SELECTIONS),
                    String.format(Locale.ROOT, "has %,d applications; at most %,d can be decided in one call, so split the selection",
                            selections.size(), BulkDecision.MAXIMUM_SELECTIONS));
        }
        Set<Long> seen = new HashSet<>();
        for (BulkDecision.Selected selected : selections) {
            if (selected == null) {
                throw new InvalidInputException("selections", "含有空项。", "contains an empty entry");
            }
            if (!seen.add(selected.applicationId())) {
                throw new InvalidInputException("selections", "重复选择了申请 " + selected.applicationId() + "。",
                        "names application " + selected.applicationId() + " twice");
            }
        }
    }
}
