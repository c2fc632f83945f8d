package org.cultivar.subsidy;

import java.time.Clock;
import java.util.Set;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ApprovalStep;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The approval chain, enforced here: each step by a different person holding the step's role in
 * the schedule's region, never the recorder, never someone who took an earlier step of the
 * round. The application's version is checked in the UPDATE itself, so of two racing decisions
 * exactly one wins. The last approval creates the award and commits budget in the same transaction.
 */
@Component(service = Approvals.class, configurationPid = EngineConfiguration.PID)
@Designate(ocd = EngineConfiguration.class)
public class ApprovalsService implements Approvals {

    private static final int COMMENT_LENGTH = 2000;

    private final EngineContext engine;
    private final EngineSettings settings;

    @Activate
    public ApprovalsService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema,
                            EngineConfiguration configuration) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), EngineSettings.from(configuration));
    }

    ApprovalsService(EngineContext engine, EngineSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    @Override
    public ApprovalChain chain(Actor actor, String scheduleId) {
        Authority.requireReader(actor);
        return settings.chain(scheduleId);
    }

    @Override
    public Application decide(Actor actor, long applicationId, long expectedVersion, ApprovalDecision.Verdict verdict,
                              String comment) {
        if (actor == null || actor.isSystem() || actor.roles().isEmpty()) {
            throw new AccessDeniedException("Approval decisions are taken by people holding the step's role.");
        }
        String text = verdict == ApprovalDecision.Verdict.APPROVE ? Reasons.optional("comment", comment, COMMENT_LENGTH)
                : Reasons.required("comment", comment, COMMENT_LENGTH);
        return Conflicts.translated(ApplicationTable.changedMeanwhile(applicationId).getMessage(),
                () -> engine.transactions().required(c -> {
                    StoredApplication stored = ApplicationTable.find(c, applicationId).orElseThrow(() -> new ConflictException(
                            "Application " + applicationId + " does not exist."));
                    Application application = stored.application();
                    Authority.requireScope(actor, application.region());
                    if (application.version() != expectedVersion) {
                        throw ApplicationTable.changedMeanwhile(applicationId);
                    }
                    if (application.status() != Application.Status.AWAITING_DECISION) {
                        throw new ConflictException("Application " + applicationId + " is " + application.status() + ", not awaiting a decision.");
                    }
                    ApprovalChain chain = settings.chain(application.scheduleId());
                    ApprovalStep step = chain.steps().get(stored.currentStep());
                    requireMayTake(actor, step, application, ApplicationTable.deciders(c, applicationId, stored.round()));
                    boolean last = stored.currentStep() == chain.steps().size() - 1;
                    Application.Status status = switch (verdict) {
                        case APPROVE -> last ? Application.Status.APPROVED : Application.Status.AWAITING_DECISION;
                        case RETURN -> Application.Status.RETURNED;
                        case REJECT -> Application.Status.REJECTED;
                    };
                    if (status == Application.Status.APPROVED && !application.assessment().eligibility().eligible()) {
                        throw new ConflictException("Application " + applicationId + " is not eligible, so it cannot be approved; reject or return it.");
                    }
                    // the version check first: its row lock makes a racing decision wait, then lose
                    ApplicationTable.advance(c, applicationId, expectedVersion, status,
                            verdict == ApprovalDecision.Verdict.RETURN ? stored.round() + 1 : stored.round(),
                            verdict == ApprovalDecision.Verdict.APPROVE && !last ? stored.currentStep() + 1 : stored.currentStep());
                    ApplicationTable.insertDecision(c, applicationId, stored.round(), step.key(), actor.userId(), step.role().name(),
                            verdict, text, engine.now());
                    // the award (which locks the budget) before the audit entries (which lock the chain head):
                    // every transaction takes budget rows before the chain head, so none waits on another in a circle
                    Long awardId = status == Application.Status.APPROVED ? AwardCreation.create(c, engine, actor, stored) : null;
                    engine.changed(actor, "application", applicationId, application.region(), "DECIDED", AuditJson.object(
                            "step", step.key(), "verdict", verdict, "comment", text, "status", status));
                    if (awardId != null) {
                        engine.changed(actor, "award", awardId, application.region(), "CREATED", AuditJson.object(
                                "application", applicationId, "amount", application.assessment().award().orElseThrow().amount(),
                                "configuration", application.assessment().configuration().digest()));
                    }
                    return ApplicationTable.find(c, applicationId).orElseThrow().application();
                }));
    }

    /** Segregation of duties, with no bypass for any role. */
    private static void requireMayTake(Actor actor, ApprovalStep step, Application application, Set<String> earlierDeciders) {
        if (!actor.has(step.role())) {
            throw new AccessDeniedException("The step " + step.key() + " needs the role " + step.role() + ".");
        }
        if (actor.userId().equals(application.recordedBy())) {
            throw new AccessDeniedException("You recorded application " + application.id() + ", so someone else must decide on it.");
        }
        if (earlierDeciders.contains(actor.userId())) {
            throw new AccessDeniedException("You already took a step on application " + application.id() + "; the next step needs another person.");
        }
    }
}
