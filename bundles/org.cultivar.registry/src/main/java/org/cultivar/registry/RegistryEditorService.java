package org.cultivar.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.FiguresRevision;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Changes to the registry by hand. Each method checks the actor's role before its input, the
 * input field by field, then (in the transaction) the actor's region against the enterprise's;
 * the change, its audit entries and the recomputed red flags and search columns commit together.
 */
@Component(service = RegistryEditor.class, configurationPid = RegistryConfiguration.PID)
@Designate(ocd = RegistryConfiguration.class)
public class RegistryEditorService implements RegistryEditor {

    private static final int SOURCE_LENGTH = 200;

    private final Transactions transactions;
    private final AuditTrail audit;
    private final Evaluations evaluations;
    private final EnterpriseRefresh refresh;
    private final Clock clock;
    private volatile RegistrySettings settings;

    @Activate
    public RegistryEditorService(@Reference Transactions transactions, @Reference AuditTrail auditTrail,
                                 @Reference CriteriaEvaluator evaluator,
                                 @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema,
                                 RegistryConfiguration configuration) {
        this(transactions, auditTrail, evaluator, Clock.systemUTC(), RegistrySettings.from(configuration));
    }

    RegistryEditorService(Transactions transactions, AuditTrail auditTrail, CriteriaEvaluator evaluator, Clock clock,
                          RegistrySettings settings) {
        this.transactions = transactions;
        this.audit = auditTrail;
        this.evaluations = new Evaluations(evaluator);
        this.refresh = new EnterpriseRefresh(evaluator);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A changed configuration is taken in place: restarting the component instead would stop an
     * import or a decision under way, and every component that depends on it.
     */
    @Modified
    void modified(RegistryConfiguration configuration) {
        settings = RegistrySettings.from(configuration);
    }

    @Override
    public Enterprise register(Actor actor, EnterpriseInput input) {
        Authority.requireRecorder(actor);
        ValidEnterprise valid = EnterpriseValidation.check(input);
        Authority.requireScope(actor, valid.region());
        return transactions.required(c -> {
            if (EnterpriseTable.find(c, valid.creditCode()).isPresent()) {
                throw new InvalidInputException("creditCode", "统一社会信用代码 " + valid.creditCode() + " 已登记。",
                        "Credit code " + valid.creditCode() + " is already registered.");
            }
            long id = EnterpriseTable.insert(c, valid, false, clock.instant());
            NameGramTable.insert(c, id, valid.nameZh());
            Enterprise enterprise = valid.toEnterprise(false);
            audit.record(RegistryAuditEvents.registered(actor, enterprise));
            if (valid.overrideReason() != null) {
                audit.record(RegistryAuditEvents.checkOverridden(actor, enterprise, valid.overrideReason()));
            }
            refresh.refresh(c, id, today());
            return enterprise;
        });
    }

    @Override
    public Enterprise update(Actor actor, EnterpriseInput input) {
        Authority.requireRecorder(actor);
        ValidEnterprise valid = EnterpriseValidation.checkCorrection(input);
        Authority.requireScope(actor, valid.region());
        return transactions.required(c -> {
            EnterpriseTable.Stored stored = EnterpriseTable.findForUpdate(c, valid.creditCode())
                    .orElseThrow(() -> notRegistered(valid.creditCode()));
            Enterprise before = stored.enterprise();
            Authority.requireScope(actor, before.region());
            if (!valid.differsFrom(before)) {
                return before;
            }
            EnterpriseTable.update(c, stored.id(), valid, clock.instant());
            if (!valid.nameZh().equals(before.nameZh())) {
                NameGramTable.rename(c, stored.id(), before.nameZh(), valid.nameZh());
            }
            Enterprise after = new Enterprise(before.creditCode(), valid.nameZh(), valid.nameEn(), valid.region(),
                    valid.sector(), valid.parentGroup(), before.demo());
            audit.record(RegistryAuditEvents.updated(actor, before, after));
            refresh.refresh(c, stored.id(), today());
            return after;
        });
    }

    @Override
    public FiguresRevision recordFigures(Actor actor, CreditCode creditCode, YearlyFigures figures, String source) {
        Authority.requireRecorder(actor);
        Problems problems = new Problems();
        if (creditCode == null) {
            problems.add("creditCode", "统一社会信用代码为必填项。", "Credit code is required.");
        }
        FiguresValidation.check(figures, today(), problems);
        String checkedSource = problems.text("source", "数据来源", "Source", source, SOURCE_LENGTH, false);
        problems.throwIfAny();
        return transactions.required(c -> {
            EnterpriseTable.Stored stored = EnterpriseTable.findForUpdate(c, creditCode)
                    .orElseThrow(() -> notRegistered(creditCode));
            Authority.requireScope(actor, stored.enterprise().region());
            int revision = FiguresTable.lastRevision(c, stored.id(), figures.fiscalYear()) + 1;
            Instant now = clock.instant();
            FiguresTable.insertAll(c, List.of(new FiguresTable.NewRevision(stored.id(), figures, revision,
                    actor.userId(), checkedSource)), now);
            FiguresRevision recorded = new FiguresRevision(figures, revision, now, actor.userId(), checkedSource);
            audit.record(RegistryAuditEvents.figuresRecorded(actor, stored.enterprise(), recorded));
            refresh.refresh(c, stored.id(), today());
            return recorded;
        });
    }

    @Override
    public Title grant(Actor actor, TitleGrant grant) {
        Authority.requireOfficial(actor);
        LocalDate today = today();
        Problems problems = new Problems();
        if (grant == null) {
            throw new InvalidInputException("grant", "缺少称号信息。", "The title's details are missing.");
        }
        CreditCode code = EnterpriseValidation.lookupCode(grant.creditCode(), problems);
        if (grant.tier() == null) {
            problems.add("tier", "称号为必填项。", "Tier is required.");
        }
        CertifyingLevel level = grant.level() != null ? grant.level() : grant.tier() == null ? null : grant.tier().defaultLevel();
        String authority = problems.text("authority", "认定机关", "Certifying authority", grant.authority(),
                TitleRules.AUTHORITY_LENGTH, true);
        String batch = problems.text("batch", "批次", "Batch", grant.batch(), TitleRules.BATCH_LENGTH, false);
        String justification = problems.text("justification", "书面说明", "Justification", grant.justification(),
                TitleRules.JUSTIFICATION_LENGTH, false);
        TitleRules.checkDates(grant.grantDate(), grant.validUntil(), today, problems);
        String ruleSet = problems.isEmpty() ? evaluations.ruleSet(grant.ruleSetId(), grant.tier(), grant.grantDate(),
                CriteriaEvaluation.Purpose.NEW_APPLICATION, problems) : null;
        problems.throwIfAny();
        LocalDate validUntil = grant.validUntil() != null ? grant.validUntil()
                : TitleRules.defaultValidUntil(grant.grantDate(), settings.validityYears(grant.tier()));
        return transactions.required(c -> {
            EnterpriseTable.Stored stored = EnterpriseTable.findForUpdate(c, code).orElseThrow(() -> notRegistered(code));
            Enterprise enterprise = stored.enterprise();
            Authority.requireTitleAuthority(actor, level, enterprise.region());
            TitleRules.refuseOverlap(TitleTable.ofEnterprise(c, stored.id()), grant.tier(), grant.grantDate(), validUntil);
            CriteriaEvaluation evaluation = evaluations.evaluate(ruleSet, grant.tier(), enterprise,
                    FiguresTable.latest(c, stored.id()), CriteriaEvaluation.Purpose.NEW_APPLICATION);
            requireJustificationIfFailing(evaluation, justification, "认定", "granting");
            long id = TitleTable.insert(c, new TitleTable.NewTitle(stored.id(), grant.tier(), level, authority, batch,
                    grant.grantDate(), validUntil, TitleStatus.GRANTED, null, null, null));
            Instant now = clock.instant();
            TransitionTable.insertAll(c, List.of(new TransitionTable.NewTransition(id, null, TitleStatus.GRANTED,
                    grant.grantDate(), "granted by " + authority + (batch == null ? "" : ", " + batch), actor.userId(),
                    validUntil)), now);
            Title granted = reload(c, id);
            recordEvaluation(c, actor, stored, granted, CriteriaException.Decision.GRANT, evaluation, justification, now);
            audit.record(RegistryAuditEvents.granted(actor, enterprise, granted, ruleSet, evaluation.passed()));
            return settle(c, stored.id(), granted, today, now);
        });
    }

    @Override
    public Title decide(Actor actor, TitleDecision decision) {
        if (actor != null && actor.isSystem()) {
            if (decision != null && decision.kind() != TitleDecision.Kind.EXPIRE) {
                throw new AccessDeniedException("系统只能使称号到期，不能作出其他决定。", "The system actor only lets titles expire.");
            }
        } else {
            Authority.requireOfficial(actor);
        }
        LocalDate today = today();
        Problems problems = new Problems();
        if (decision == null) {
            throw new InvalidInputException("decision", "缺少决定信息。", "The decision's details are missing.");
        }
        if (decision.kind() == null) {
            problems.add("kind", "决定类型为必填项：复核通过、晋级、降级、到期或撤销。",
                    "Decision is required: renew, promote, demote, expire or revoke.");
        }
        String reason = problems.text("reason", "理由", "Reason", decision.reason(), TitleRules.REASON_LENGTH, true);
        String justification = problems.text("justification", "书面说明", "Justification", decision.justification(),
                TitleRules.JUSTIFICATION_LENGTH, false);
        LocalDate effective = decision.effective() == null ? today : decision.effective();
        if (effective.isAfter(today)) {
            problems.add("effective", "生效日期 " + effective + " 不能晚于今天。", "Effective date " + effective + " is in the future.");
        }
        problems.throwIfAny();
        return transactions.required(c -> {
            TitleTable.Stored stored = TitleTable.findForUpdate(c, decision.titleId())
                    .orElseThrow(() -> new InvalidInputException("titleId", "编号为 " + decision.titleId() + " 的称号不存在。",
                            "There is no title no. " + decision.titleId() + "."));
            Title title = stored.title();
            EnterpriseTable.Stored owner = EnterpriseTable.find(c, stored.enterpriseId()).orElseThrow();
            Authority.requireTitleAuthority(actor, title.level(), owner.enterprise().region());
            TitleStatus target = decision.kind().result();
            if (!title.status().canMoveTo(target)) {
                Set<TitleStatus> next = title.status().next();
                String nextZh = next.stream().map(status -> "“" + status.chinese() + "”")
                        .collect(Collectors.joining("、"));
                throw new InvalidInputException("kind", "状态为“" + title.status().chinese() + "”的称号不能变为“"
                        + target.chinese() + "”；" + (next.isEmpty() ? "其生命周期已结束，不能再变更。"
                        : "只能变为" + nextZh + "。"), "A title that is " + title.status() + " cannot become " + target
                        + "; it may become " + (next.isEmpty() ? "nothing else (its lifecycle has ended)" : next) + ".");
            }
            if (effective.isBefore(title.grantDate())) {
                throw new InvalidInputException("effective", "生效日期 " + effective + " 不能早于该称号的认定日期 "
                        + title.grantDate() + "。", "Effective date " + effective
                        + " is before the title's grant date " + title.grantDate() + ".");
            }
            Decided decided = switch (decision.kind()) {
                case RENEW -> renew(c, actor, owner, title, decision, effective, reason, justification);
                case PROMOTE, DEMOTE -> succeed(c, actor, owner, title, decision, effective, reason, justification);
                case EXPIRE, REVOKE -> end(c, actor, title, target, effective, reason);
            };
            Title after = reload(c, title.id());
            audit.record(RegistryAuditEvents.decided(actor, owner.enterprise(), title, after, effective, reason,
                    decided.successor()));
            Title result = decided.successor() == null ? after
                    : settle(c, owner.id(), decided.successor(), today, clock.instant());
            refresh.refresh(c, owner.id(), today);
            return result;
        });
    }

    @Override
    public List<DecisionOutcome> decideAll(Actor actor, List<TitleDecision> decisions) {
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (TitleDecision decision : decisions == null ? List.<TitleDecision>of() : decisions) {
            long titleId = decision == null ? 0 : decision.titleId();
            try {
                // a transaction of its own: one refused decision must not undo the others
                Title result = transactions.requiresNew(c -> decide(actor, decision));
                outcomes.add(new DecisionOutcome(titleId, result, null));
            } catch (InvalidInputException e) {
                // the Chinese sentences alone: a list of decisions names no form fields
                outcomes.add(new DecisionOutcome(titleId, null, e.getMessage(),
                        e.problems().stream().map(problem -> problem.message(true)).collect(Collectors.joining())));
            } catch (AccessDeniedException e) {
                outcomes.add(new DecisionOutcome(titleId, null, e.getMessage(), e.chinese()));
            }
        }
        if (!outcomes.isEmpty()) {
            recordBulk(actor, decisions, outcomes);
        }
        return outcomes;
    }

    /**
     * The bulk action as the auditor reads it: one entry for the action, and one for each refused
     * decision (the applied ones have their own entries already), so that an attempt an official made
     * and the registry refused, a decision outside their authority above all, is not lost.
     */
    private void recordBulk(Actor actor, List<TitleDecision> decisions, List<DecisionOutcome> outcomes) {
        transactions.requiresNew(c -> {
            int refused = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                DecisionOutcome outcome = outcomes.get(i);
                if (!outcome.applied()) {
                    refused++;
                    TitleDecision decision = decisions.get(i);
                    audit.record(RegistryAuditEvents.decisionRefused(actor, outcome.titleId(),
                            decision == null ? null : decision.kind(), outcome.error(true)));
                }
            }
            audit.record(RegistryAuditEvents.decidedInBulk(actor, outcomes.size() - refused, refused));
            return null;
        });
    }

    /** What a decision did: the successor title of a promotion or demotion, else {@code null}. */
    private record Decided(Title successor) {
    }

    private Decided renew(Connection c, Actor actor, EnterpriseTable.Stored owner, Title title, TitleDecision decision,
                          LocalDate effective, String reason, String justification) throws SQLException {
        Problems problems = new Problems();
        String ruleSet = evaluations.ruleSet(decision.ruleSetId(), title.tier(), effective,
                CriteriaEvaluation.Purpose.REEVALUATION, problems);
        problems.throwIfAny();
        CriteriaEvaluation evaluation = evaluations.evaluate(ruleSet, title.tier(), owner.enterprise(),
                FiguresTable.latest(c, owner.id()), CriteriaEvaluation.Purpose.REEVALUATION);
        requireJustificationIfFailing(evaluation, justification, "复核通过", "renewing");
        LocalDate validUntil = title.validUntil().plusYears(settings.validityYears(title.tier()));
        TitleTable.update(c, title.id(), TitleStatus.RENEWED, validUntil, null);
        Instant now = clock.instant();
        TransitionTable.insertAll(c, List.of(new TransitionTable.NewTransition(title.id(), title.status(),
                TitleStatus.RENEWED, effective, reason, actor.userId(), validUntil)), now);
        recordEvaluation(c, actor, owner, title, CriteriaException.Decision.RENEW, evaluation, justification, now);
        return new Decided(null);
    }

    /** Promotion and demotion end the title and grant its successor in the new tier. */
    private Decided succeed(Connection c, Actor actor, EnterpriseTable.Stored owner, Title title, TitleDecision decision,
                            LocalDate effective, String reason, String justification) throws SQLException {
        Tier newTier = decision.newTier();
        boolean promote = decision.kind() == TitleDecision.Kind.PROMOTE;
        if (newTier == null || (promote ? newTier.compareTo(title.tier()) <= 0 : newTier.compareTo(title.tier()) >= 0)) {
            throw new InvalidInputException("newTier", (promote ? "晋级" : "降级") + "须选择" + (promote ? "高于" : "低于")
                    + title.tier().chinese() + "的称号。", (promote ? "Promotion" : "Demotion") + " needs a tier "
                    + (promote ? "above " : "below ") + title.tier() + ".");
        }
        CertifyingLevel level = newTier.defaultLevel();
        Authority.requireTitleAuthority(actor, level, owner.enterprise().region());
        Problems named = new Problems();
        String authority = named.text("authority", "认定机关", "Certifying authority", decision.authority(),
                TitleRules.AUTHORITY_LENGTH, false);
        String batch = named.text("batch", "批次", "Batch", decision.batch(), TitleRules.BATCH_LENGTH, false);
        if (authority == null) {
            authority = TitleRules.defaultSuccessorAuthority(title, level);
            if (authority == null) {
                named.add("authority", newTier.chinese() + "称号由" + level.chinese() + "认定，不同于原称号的"
                        + title.level().chinese() + "认定；请填写其认定机关。", "The " + newTier
                        + " title is certified at " + level + " level, not at the " + title.level()
                        + " level of the title it succeeds; name its certifying authority.");
            }
        }
        named.throwIfAny();
        CriteriaEvaluation evaluation = null;
        if (promote) {
            Problems problems = new Problems();
            String ruleSet = evaluations.ruleSet(decision.ruleSetId(), newTier, effective,
                    CriteriaEvaluation.Purpose.NEW_APPLICATION, problems);
            problems.throwIfAny();
            evaluation = evaluations.evaluate(ruleSet, newTier, owner.enterprise(), FiguresTable.latest(c, owner.id()),
                    CriteriaEvaluation.Purpose.NEW_APPLICATION);
            requireJustificationIfFailing(evaluation, justification, "晋级", "promoting");
        }
        LocalDate validUntil = TitleRules.defaultValidUntil(effective, settings.validityYears(newTier));
        List<Title> others = TitleTable.ofEnterprise(c, owner.id()).stream().filter(t -> t.id() != title.id()).toList();
        TitleRules.refuseOverlap(others, newTier, effective, validUntil);
        Instant now = clock.instant();
        TitleTable.update(c, title.id(), decision.kind().result(), title.validUntil(), effective);
        long successorId = TitleTable.insert(c, new TitleTable.NewTitle(owner.id(), newTier, level, authority,
                batch, effective, validUntil, TitleStatus.GRANTED, null, title.id(), null));
        TransitionTable.insertAll(c, List.of(
                new TransitionTable.NewTransition(title.id(), title.status(), decision.kind().result(), effective, reason,
                        actor.userId(), title.validUntil()),
                new TransitionTable.NewTransition(successorId, null, TitleStatus.GRANTED, effective,
                        (promote ? "promoted" : "demoted") + " from title no. " + title.id() + ": " + reason,
                        actor.userId(), validUntil)), now);
        Title successor = reload(c, successorId);
        if (evaluation != null) {
            recordEvaluation(c, actor, owner, successor, CriteriaException.Decision.PROMOTE, evaluation, justification, now);
        }
        return new Decided(successor);
    }

    private Decided end(Connection c, Actor actor, Title title, TitleStatus target, LocalDate effective, String reason)
            throws SQLException {
        TitleTable.update(c, title.id(), target, title.validUntil(), effective);
        TransitionTable.insertAll(c, List.of(new TransitionTable.NewTransition(title.id(), title.status(), target,
                effective, reason, actor.userId(), title.validUntil())), clock.instant());
        return new Decided(null);
    }

    private static void requireJustificationIfFailing(CriteriaEvaluation evaluation, String justification,
                                                      String doingZh, String doing) {
        if (!evaluation.passed() && justification == null) {
            String failed = EvaluationTable.cut(String.join(", ", evaluation.failures().stream()
                    .map(f -> f.criterion()).toList()), 120);
            throw new InvalidInputException("justification", "未满足规则集 " + evaluation.ruleSetId() + " 的条件（"
                    + EvaluationTable.cut(Evaluations.failedNames(evaluation), 120) + "）；如仍予" + doingZh
                    + "，须填写书面说明。", "Criteria of rule set "
                    + evaluation.ruleSetId() + " fail (" + failed + "); " + doing + " anyway needs a written justification.");
        }
    }

    /** Stores the evaluation the decision used and, when criteria failed, the exception with its justification. */
    private void recordEvaluation(Connection c, Actor actor, EnterpriseTable.Stored owner, Title title,
                                  CriteriaException.Decision decision, CriteriaEvaluation evaluation,
                                  String justification, Instant now) throws SQLException {
        EvaluationTable.insert(c, owner.id(), title.id(), decision.name(), evaluation, actor.userId(), now);
        if (!evaluation.passed()) {
            List<String> failed = Evaluations.failures(evaluation);
            ExceptionTable.insert(c, owner.id(), title.id(), title.tier(), decision, evaluation.ruleSetId(), failed,
                    justification, actor.userId(), now);
            audit.record(RegistryAuditEvents.exception(actor, owner.enterprise(), title, decision,
                    evaluation.ruleSetId(), failed.size(), justification));
        }
    }

    /** Runs the automatic lifecycle on a new title (active from its grant date, …) and refreshes the enterprise. */
    private Title settle(Connection c, long enterpriseId, Title title, LocalDate today, Instant now) throws SQLException {
        TitleLifecycle.advance(c, List.of(title), today, settings.reevaluationWindowDays(), now);
        refresh.refresh(c, enterpriseId, today);
        return reload(c, title.id());
    }

    private static Title reload(Connection c, long titleId) throws SQLException {
        return TitleTable.find(c, titleId).orElseThrow().title();
    }

    private static InvalidInputException notRegistered(CreditCode code) {
        return new InvalidInputException("creditCode", "统一社会信用代码为 " + code + " 的企业尚未登记。",
                "No enterprise with credit code " + code + " is registered.");
    }

    private LocalDate today() {
        return BusinessDay.today(clock);
    }
}
