package org.cultivar.web.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CultivationTargets;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.FiguresRevision;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.RegistryImport;
import org.cultivar.registry.api.RegistryOversight;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The registry's services as a test sets them up: canned answers, and a record of what the UI
 * asked, so a test can check that the view passed the right query or decisions.
 */
class InMemoryRegistry implements EnterpriseDirectory, RegistryEditor, ReevaluationWorklist, RegistryOversight,
        CultivationTargets, RegistryImport {

    final List<EnterpriseRow> rows = new ArrayList<>();
    long count;
    final List<EnterpriseQuery> queries = new ArrayList<>();
    final List<EnterpriseProfile> profiles = new ArrayList<>();
    final List<EnterpriseInput> registered = new ArrayList<>();
    final List<YearlyFigures> recordedFigures = new ArrayList<>();
    final List<TitleGrant> grants = new ArrayList<>();
    Supplier<RuntimeException> grantRefusal;
    final List<TitleDecision> decisions = new ArrayList<>();
    final List<DecisionOutcome> outcomes = new ArrayList<>();
    final List<Item> worklist = new ArrayList<>();
    final List<Integer> worklistDays = new ArrayList<>();
    final List<Progress> progress = new ArrayList<>();
    ImportPreview preview;
    final List<String> previewedContent = new ArrayList<>();
    final List<ImportMode> startedModes = new ArrayList<>();
    final List<ImportJob> jobs = new ArrayList<>();

    @Override
    public List<EnterpriseRow> search(Actor actor, EnterpriseQuery query, int offset, int limit) {
        queries.add(query);
        return rows.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(Actor actor, EnterpriseQuery query, long exactUpTo) {
        queries.add(query);
        return count;
    }

    @Override
    public EnterpriseProfile profile(Actor actor, CreditCode creditCode) {
        return profiles.stream().filter(p -> p.enterprise().creditCode().equals(creditCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("creditCode", "not in the registry"));
    }

    @Override
    public Enterprise register(Actor actor, EnterpriseInput input) {
        registered.add(input);
        return new Enterprise(CreditCode.parse(input.creditCode()), input.nameZh(), input.nameEn(), RegionCode.of(input.regionCode()),
                input.sector(), input.parentGroup(), false);
    }

    @Override
    public Enterprise update(Actor actor, EnterpriseInput input) {
        return register(actor, input);
    }

    @Override
    public FiguresRevision recordFigures(Actor actor, CreditCode creditCode, YearlyFigures figures, String source) {
        recordedFigures.add(figures);
        return new FiguresRevision(figures, 1, Instant.now(), actor.userId(), source);
    }

    @Override
    public Title grant(Actor actor, TitleGrant grant) {
        if (grantRefusal != null) {
            throw grantRefusal.get();
        }
        grants.add(grant);
        return null;
    }

    @Override
    public Title decide(Actor actor, TitleDecision decision) {
        decisions.add(decision);
        return null;
    }

    @Override
    public List<DecisionOutcome> decideAll(Actor actor, List<TitleDecision> all) {
        decisions.addAll(all);
        return outcomes;
    }

    @Override
    public List<Item> items(Actor actor, int days, RegionCode region, int offset, int limit) {
        worklistDays.add(days);
        return worklist.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public List<CriteriaException> exceptions(Actor actor, int offset, int limit) {
        return List.of();
    }

    @Override
    public List<Flagged> redFlags(Actor actor, RedFlag.Kind kind, int offset, int limit) {
        return List.of();
    }

    @Override
    public List<Progress> progress(Actor actor, RegionCode scope) {
        return progress;
    }

    @Override
    public ImportPreview preview(Actor actor, String fileName, InputStream content) {
        try {
            previewedContent.add(fileName + ":" + new String(content.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return preview;
    }

    @Override
    public ImportJob start(Actor actor, String previewId, ImportMode mode) {
        startedModes.add(mode);
        ImportJob job = new ImportJob("job-1", preview.fileName(), actor.userId(), Instant.now(), ImportJob.State.RUNNING, 0,
                preview.totalRows(), null, null);
        jobs.add(0, job);
        return job;
    }

    @Override
    public Optional<ImportJob> job(Actor actor, String jobId) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).findFirst();
    }

    @Override
    public List<ImportJob> jobs(Actor actor) {
        return List.copyOf(jobs);
    }
}
