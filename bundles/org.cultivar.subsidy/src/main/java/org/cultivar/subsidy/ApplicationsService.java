package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applications recorded by clerks of the schedule's region. The assessment runs inside the
 * recording transaction and is stored whole, with its registry facts, so a later registry edit
 * never changes it; a schedule that stops meanwhile leaves nothing written.
 */
@Component(service = {Applications.class, ApplicationsService.class})
public class ApplicationsService implements Applications {

    private static final int MAXIMUM_PAGE = 500;
    private static final int REASON_LENGTH = 1000;

    private final EngineContext engine;
    private final ScheduleCatalogue schedules;
    private final CertificationRegistry registry;

    @Activate
    public ApplicationsService(@Reference Transactions transactions, @Reference AuditTrail auditTrail,
                               @Reference SubsidyEvents events, @Reference ScheduleCatalogue schedules,
                               @Reference CertificationRegistry registry,
                               @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), schedules, registry);
    }

    ApplicationsService(EngineContext engine, ScheduleCatalogue schedules, CertificationRegistry registry) {
        this.engine = engine;
        this.schedules = schedules;
        this.registry = registry;
    }

    @Override
    public Assessment preview(Actor actor, String scheduleId, ApplicationInput input) {
        Authority.requireClerk(actor);
        ScheduleDefinition schedule = schedules.definition(scheduleId);
        Authority.requireScope(actor, schedule.region());
        return engine.transactions().required(c -> assess(c, schedule, input));
    }

    @Override
    public Application record(Actor actor, String scheduleId, ApplicationInput input, Set<String> documentsReceived) {
        Authority.requireClerk(actor);
        ScheduleDefinition schedule = schedules.definition(scheduleId);
        Authority.requireScope(actor, schedule.region());
        checkDocuments(schedule, documentsReceived);
        return engine.transactions().required(c -> {
            Assessment assessment = assess(c, schedule, input);
            List<String> flags = DuplicateCheck.flags(c, input.enterprise(), scheduleId, schedule.purposes(), null);
            long id = ApplicationTable.insert(c, scheduleId, schedule.region(), schedule.purposes(), assessment, documentsReceived,
                    flags, Application.Status.AWAITING_DECISION, actor.userId(), engine.now());
            engine.changed(actor, "application", id, schedule.region(), "RECORDED", AuditJson.object("schedule", scheduleId,
                    "enterprise", input.enterprise(), "eligible", assessment.eligibility().eligible(),
                    "amount", assessment.award().map(award -> award.amount()).orElse(null),
                    "configuration", assessment.configuration().digest(), "duplicateFlags", flags.size()));
            return ApplicationTable.find(c, id).orElseThrow().application();
        });
    }

    @Override
    public Application correct(Actor actor, long applicationId, long expectedVersion, ApplicationInput input,
                               Set<String> documentsReceived) {
        Authority.requireClerk(actor);
        return engine.transactions().required(c -> {
            StoredApplication stored = visible(c, actor, applicationId);
            Application application = ApplicationTable.current(c, applicationId, expectedVersion).application();
            if (application.status() != Application.Status.RETURNED && application.status() != Application.Status.DRAFT) {
                throw new ConflictException(BilingualText.of("申请 " + applicationId + " 当前状态为“" + application.status().chinese()
                        + "”，只有退回的申请或草稿可以修改。", "Application " + applicationId + " is " + application.status()
                        + "; only a returned application or a draft can be corrected."));
            }
            if (!input.enterprise().equals(application.enterprise())) {
                throw new InvalidInputException("enterprise", "更正申请不能更换企业；请撤回后重新登记。",
                        "a correction cannot change the enterprise; withdraw and record anew");
            }
            ScheduleDefinition schedule = schedules.definition(application.scheduleId());
            checkDocuments(schedule, documentsReceived);
            Assessment assessment = assess(c, schedule, input);
            List<String> flags = DuplicateCheck.flags(c, input.enterprise(), schedule.id(), stored.purposes(), applicationId);
            ApplicationTable.reassess(c, applicationId, expectedVersion, assessment, documentsReceived, flags, stored.round() + 1,
                    actor.userId(), engine.now());
            engine.changed(actor, "application", applicationId, application.region(), "CORRECTED", AuditJson.object(
                    "eligible", assessment.eligibility().eligible(),
                    "amount", assessment.award().map(award -> award.amount()).orElse(null)));
            return ApplicationTable.find(c, applicationId).orElseThrow().application();
        });
    }

    @Override
    public Application withdraw(Actor actor, long applicationId, long expectedVersion, String reason) {
        Authority.requireClerk(actor);
        String why = Reasons.required("reason", reason, REASON_LENGTH);
        return engine.transactions().required(c -> {
            StoredApplication stored = visible(c, actor, applicationId);
            Application application = ApplicationTable.current(c, applicationId, expectedVersion).application();
            Set<Application.Status> open = Set.of(Application.Status.AWAITING_DECISION, Application.Status.RETURNED,
                    Application.Status.DRAFT);
            if (!open.contains(application.status())) {
                throw new ConflictException(BilingualText.of("申请 " + applicationId + " 当前状态为“" + application.status().chinese()
                        + "”，已不能撤回。", "Application " + applicationId + " is " + application.status() + " and can no longer be withdrawn."));
            }
            ApplicationTable.advance(c, applicationId, expectedVersion, Application.Status.WITHDRAWN, stored.round(), stored.currentStep());
            engine.changed(actor, "application", applicationId, application.region(), "WITHDRAWN", AuditJson.object("reason", why));
            return ApplicationTable.find(c, applicationId).orElseThrow().application();
        });
    }

    @Override
    public Optional<Application> application(Actor actor, long applicationId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> ApplicationTable.find(c, applicationId)
                .filter(stored -> actor.isSystem() || actor.scope().covers(stored.application().region()))
                .map(StoredApplication::application));
    }

    /**
     * The other applications of the enterprise for the same purpose, as flagged when this one was
     * recorded. A stand-in until {@link Application} carries its flags.
     */
    public List<String> duplicateFlags(Actor actor, long applicationId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> visible(c, actor, applicationId).duplicateFlags());
    }

    @Override
    public List<Application> worklist(Actor actor, Application.Status status, int offset, int limit) {
        Authority.requireReader(actor);
        Pages.check(offset, limit, MAXIMUM_PAGE);
        return engine.transactions().required(c -> ApplicationTable.list(c, status, Authority.regionPattern(actor), offset, limit)
                .stream().map(StoredApplication::application).toList());
    }

    /**
     * The assessment, with the enterprise's awards so far; a failure inside the schedule's code
     * that coincides with its bundle stopping becomes {@link
     * org.cultivar.subsidy.api.process.ScheduleUnavailableException}, and a schedule that went
     * away before the write is refused too, so nothing is written against rules no longer running.
     */
    private Assessment assess(Connection c, ScheduleDefinition schedule, ApplicationInput input) throws SQLException {
        Assessment assessment;
        try {
            assessment = schedule.assess(input, registry, AwardTable.priorAwards(c, input.enterprise()));
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw schedules.unavailableIfGone(schedule.id(), e);
        }
        schedules.definition(schedule.id());
        return assessment;
    }

    private static StoredApplication visible(Connection c, Actor actor, long applicationId) throws SQLException {
        StoredApplication stored = ApplicationTable.find(c, applicationId)
                .orElseThrow(() -> new InvalidInputException("applicationId", "申请 " + applicationId + " 不存在。",
                        "application " + applicationId + " does not exist"));
        Authority.requireScope(actor, stored.application().region());
        return stored;
    }

    private static void checkDocuments(ScheduleDefinition schedule, Set<String> documents) {
        Set<String> known = schedule.documents().stream().map(RequiredDocument::key).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(documents);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("documentsReceived", "不在本项目的申报材料清单中：" + String.join("、", unknown) + "。",
                    "not on the schedule's checklist: " + String.join(", ", unknown));
        }
    }
}
