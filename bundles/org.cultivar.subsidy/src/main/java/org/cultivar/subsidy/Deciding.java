package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ApprovalStep;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * Decisions on a chunk of applications in the caller's transaction: the one path of both
 * {@code decide} (a chunk of one) and {@code decideAll}. The chunk's applications are read and
 * locked with one query, then each is judged alone, in selection order, as if decided on its own —
 * the budget included, each approval measured against what the ones before it left. Only the
 * accepted are written, as JDBC batches, so a refused application changes nothing and holds back
 * nobody else. Every approval locks in one order: application rows (by id), enterprise rows (by
 * schedule and enterprise, {@link EnterpriseLocks}), budget rows (by schedule and year), then the
 * audit chain head, so no two wait on each other in a circle (ADR 0009).
 */
final class Deciding {

    /** What became of one selected application: decided into {@code status} at {@code version}, or refused as decide throws. */
    record Outcome(long applicationId, Application.Status status, long version, RuntimeException refusal) {

        static Outcome refused(long applicationId, RuntimeException refusal) {
            return new Outcome(applicationId, null, 0, refusal);
        }
    }

    /** An application that passed its checks, with where the decision takes it. */
    private record Judged(int index, long expectedVersion, StoredApplication stored, ApprovalChain chain, ApprovalStep step,
                          Application.Status status, boolean last) {

        long id() {
            return stored.application().id();
        }
    }

    private final EngineContext engine;
    private final EngineSettings settings;

    Deciding(EngineContext engine, EngineSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /** Judges every selection and writes the accepted ones; the outcomes in selection order (ids must be distinct). */
    List<Outcome> take(Connection c, Actor actor, List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict,
                       String comment) throws SQLException {
        Map<Long, StoredApplication> stored = ApplicationTable.lockAll(c,
                selections.stream().map(BulkDecision.Selected::applicationId).collect(Collectors.toSet()));
        Map<Long, Set<String>> deciders = ApplicationTable.decidersOfRound(c, stored.values());
        Outcome[] outcomes = new Outcome[selections.size()];
        List<Judged> accepted = new ArrayList<>();
        for (int i = 0; i < selections.size(); i++) {
            BulkDecision.Selected selected = selections.get(i);
            try {
                accepted.add(judge(actor, i, selected, stored.get(selected.applicationId()), verdict, deciders));
            } catch (AccessDeniedException | ConflictException refused) {
                outcomes[i] = Outcome.refused(selected.applicationId(), refused);
            }
        }
        accepted = withinBudgets(c, accepted, outcomes);
        write(c, actor, accepted, verdict, comment);
        for (Judged judged : accepted) {
            outcomes[judged.index()] = new Outcome(judged.id(), judged.status(), judged.expectedVersion() + 1, null);
        }
        return List.of(outcomes);
    }

    /** The rules of one decision, with no bypass for any role; refusals are thrown as {@code decide} throws them. */
    private Judged judge(Actor actor, int index, BulkDecision.Selected selected, StoredApplication stored,
                         ApprovalDecision.Verdict verdict, Map<Long, Set<String>> deciders) {
        long id = selected.applicationId();
        if (stored == null) {
            throw new ConflictException(BilingualText.of("申请 " + id + " 不存在。", "Application " + id + " does not exist."));
        }
        Application application = stored.application();
        Authority.requireScope(actor, application.region());
        if (application.version() != selected.expectedVersion()) {
            throw ApplicationTable.changedMeanwhile(id);
        }
        if (application.status() != Application.Status.AWAITING_DECISION) {
            throw new ConflictException(BilingualText.of("申请 " + id + " 当前状态为“" + application.status().chinese() + "”，不在待复核审批之列。",
                    "Application " + id + " is " + application.status() + ", not awaiting a decision."));
        }
        // the chain the round started under; a chain changed in the configuration since applies to new rounds
        ApprovalChain chain = ChainSnapshot.read(stored.approvalChain(), settings.chain(application.scheduleId()));
        if (stored.currentStep() >= chain.steps().size()) {
            // only an application recorded before chains were kept, whose chain was shortened since
            throw new ConflictException(BilingualText.of("申请 " + id + " 已办理 " + stored.currentStep() + " 个审批环节，而现行审批流程只有 "
                    + chain.steps().size() + " 个环节；请退回后重新提交。", "Application " + id + " has taken " + stored.currentStep()
                    + " approval steps, but the chain in force has only " + chain.steps().size() + "; return it and submit it again."));
        }
        ApprovalStep step = chain.steps().get(stored.currentStep());
        requireMayTake(actor, step, application, deciders.get(id));
        boolean last = stored.currentStep() == chain.steps().size() - 1;
        Application.Status status = switch (verdict) {
            case APPROVE -> last ? Application.Status.APPROVED : Application.Status.AWAITING_DECISION;
            case RETURN -> Application.Status.RETURNED;
            case REJECT -> Application.Status.REJECTED;
        };
        if (status == Application.Status.APPROVED && !application.assessment().eligibility().eligible()) {
            throw new ConflictException(BilingualText.of("申请 " + id + " 不符合资助条件，不能批准；请不予资助或退回修改。",
                    "Application " + id + " is not eligible, so it cannot be approved; reject or return it."));
        }
        return new Judged(index, selected.expectedVersion(), stored, chain, step, status, last);
    }

    /** Segregation of duties. */
    private static void requireMayTake(Actor actor, ApprovalStep step, Application application, Set<String> earlierDeciders) {
        if (!actor.has(step.role())) {
            throw new AccessDeniedException("审批环节 " + step.key() + " 需要" + chinese(step.role()) + "角色。",
                    "The step " + step.key() + " needs the role " + step.role() + ".");
        }
        if (actor.userId().equals(application.recordedBy())) {
            throw new AccessDeniedException("申请 " + application.id() + " 由您登记，须由他人审批。",
                    "You recorded application " + application.id() + ", so someone else must decide on it.");
        }
        if (earlierDeciders.contains(actor.userId())) {
            throw new AccessDeniedException("您已办理申请 " + application.id() + " 的上一环节，下一环节须由他人办理。",
                    "You already took a step on application " + application.id() + "; the next step needs another person.");
        }
    }

    private static String chinese(org.cultivar.core.api.security.Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "系统管理员";
            case OFFICIAL -> "主管官员";
            case CLERK -> "经办人员";
            case AUDITOR -> "审计人员";
        };
    }

    /**
     * The accepted approvals that their budgets can carry and whose once-only limit and yearly cap
     * are not spent since they were recorded, in order; the others refused with the reason.
     */
    private static List<Judged> withinBudgets(Connection c, List<Judged> accepted, Outcome[] outcomes) throws SQLException {
        List<StoredApplication> approving = accepted.stream().filter(judged -> judged.status() == Application.Status.APPROVED)
                .map(Judged::stored).toList();
        if (approving.isEmpty()) {
            return accepted;
        }
        // under the enterprise locks: approvals of one enterprise under one schedule queue here, then see each other's awards
        EnterpriseLocks.lock(c, approving);
        Set<Ledger.Budget> budgets = new HashSet<>();
        for (StoredApplication stored : approving) {
            AwardCreation.byYear(stored).keySet().forEach(year -> budgets.add(new Ledger.Budget(stored.application().scheduleId(), year)));
        }
        BudgetBook.Reservations reservations = BudgetBook.lock(c, budgets);
        List<LimitAtApproval> limits = List.of(new OnceAtApproval(c, approving), new YearlyCapAtApproval(c, approving));
        List<Judged> carried = new ArrayList<>();
        for (Judged judged : accepted) {
            try {
                if (judged.status() == Application.Status.APPROVED) {
                    limits.forEach(limit -> limit.check(judged.stored()));
                    reservations.reserve(judged.stored().application().scheduleId(), AwardCreation.byYear(judged.stored()));
                    limits.forEach(limit -> limit.awarded(judged.stored()));
                }
                carried.add(judged);
            } catch (ConflictException refused) {
                outcomes[judged.index()] = Outcome.refused(judged.id(), refused);
            }
        }
        return carried;
    }

    /**
     * The decisions, then the awards (which commit budget), then the audit entries (which lock the
     * chain head): one entry per decision and per award, as deciding one by one writes them.
     */
    private void write(Connection c, Actor actor, List<Judged> accepted, ApprovalDecision.Verdict verdict, String comment)
            throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        ApplicationTable.advanceAll(c, accepted.stream().map(judged -> new ApplicationTable.Advance(judged.id(), judged.expectedVersion(),
                judged.status(), verdict == ApprovalDecision.Verdict.RETURN ? judged.stored().round() + 1 : judged.stored().round(),
                verdict == ApprovalDecision.Verdict.APPROVE && !judged.last() ? judged.stored().currentStep() + 1
                        : judged.stored().currentStep(), ChainSnapshot.write(judged.chain()))).toList());
        ApplicationTable.insertDecisions(c, accepted.stream().map(judged -> new ApplicationTable.Decision(judged.id(),
                judged.stored().round(), judged.step().key(), actor.userId(), judged.step().role().name(), verdict, comment,
                engine.now())).toList());
        List<StoredApplication> approved = accepted.stream().filter(judged -> judged.status() == Application.Status.APPROVED)
                .map(Judged::stored).toList();
        Map<Long, Long> awards = approved.isEmpty() ? Map.of() : AwardCreation.createAll(c, engine, actor, approved);
        for (Judged judged : accepted) {
            Application application = judged.stored().application();
            engine.changed(actor, "application", judged.id(), application.region(), "DECIDED", AuditJson.object(
                    "step", judged.step().key(), "verdict", verdict, "comment", comment, "status", judged.status()));
            Long awardId = awards.get(judged.id());
            if (awardId != null) {
                engine.changed(actor, "award", awardId, application.region(), "CREATED", AuditJson.object(
                        "application", judged.id(), "amount", application.assessment().award().orElseThrow().amount(),
                        "configuration", application.assessment().configuration().digest()));
            }
        }
    }
}
