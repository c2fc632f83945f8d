package org.cultivar.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegistryBatchWriter.Change;
import org.cultivar.registry.api.RegistryBatchWriter.Comparison;
import org.cultivar.registry.api.RegistryBatchWriter.Counts;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Up to a thousand import rows compared with the registry in a handful of queries (the
 * enterprises by code, then their figures and titles by id), and written in JDBC batches.
 */
final class BatchChunk {

    /** What one valid row would do to one enterprise. */
    private record Planned(BatchRow row, EnterpriseTable.Stored existing, boolean enterpriseChanged,
                           boolean figuresChanged, boolean titleNew) {

        Change change() {
            if (existing == null) {
                return Change.NEW;
            }
            return enterpriseChanged || figuresChanged || titleNew ? Change.CHANGED : Change.UNCHANGED;
        }
    }

    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<Planned> planned = new ArrayList<>();
    private final Map<Long, List<YearlyFigures>> existingFigures;

    private BatchChunk(Map<Long, List<YearlyFigures>> existingFigures) {
        this.existingFigures = existingFigures;
    }

    /**
     * Compares the rows; {@code seen} holds the codes of earlier rows of the same call (code to
     * line), so a code twice in one file is refused rather than applied twice.
     */
    static BatchChunk compare(Connection c, Actor actor, List<BatchRow> rows, Map<String, Long> seen) throws SQLException {
        List<String> codes = rows.stream().filter(BatchRow::valid).map(row -> row.enterprise().creditCode().value())
                .distinct().toList();
        Map<String, EnterpriseTable.Stored> existing = EnterpriseTable.findAll(c, codes);
        List<Long> ids = existing.values().stream().map(EnterpriseTable.Stored::id).toList();
        BatchChunk chunk = new BatchChunk(FiguresTable.latestOfAll(c, ids));
        Map<Long, List<Title>> titles = TitleTable.ofEnterprises(c, ids);
        for (BatchRow row : rows) {
            chunk.plan(actor, row, existing, titles, seen);
        }
        return chunk;
    }

    private void plan(Actor actor, BatchRow row, Map<String, EnterpriseTable.Stored> existing,
                      Map<Long, List<Title>> titles, Map<String, Long> seen) {
        List<FieldProblem> rowProblems = new ArrayList<>(row.problems());
        Planned plan = null;
        if (row.valid()) {
            String code = row.enterprise().creditCode().value();
            Long earlier = seen.putIfAbsent(code, row.line());
            if (earlier != null) {
                rowProblems.add(FieldProblem.at(row.line(), "creditCode", "统一社会信用代码 " + code + " 重复出现（首次出现在第 "
                        + earlier + " 行）。", "Credit code " + code + " appears again (first on line " + earlier + ")."));
            } else {
                plan = planRow(actor, row, existing.get(code), titles, rowProblems);
            }
        }
        if (rowProblems.isEmpty()) {
            planned.add(plan);
            comparisons.add(new Comparison(row.line(), plan.change(), List.of()));
        } else {
            problems.addAll(rowProblems);
            comparisons.add(new Comparison(row.line(), null, rowProblems));
        }
    }

    private Planned planRow(Actor actor, BatchRow row, EnterpriseTable.Stored stored, Map<Long, List<Title>> titles,
                            List<FieldProblem> rowProblems) {
        if (stored == null) {
            return new Planned(row, null, true, row.figures() != null, row.title() != null);
        }
        if (!actor.isSystem() && !actor.scope().covers(stored.enterprise().region())) {
            rowProblems.add(FieldProblem.at(row.line(), "regionCode", "您的管辖区域 " + actor.scope() + " 不包括该企业当前所在区域 "
                    + stored.enterprise().region() + "。", "Your region " + actor.scope()
                    + " does not cover the enterprise's current region " + stored.enterprise().region() + "."));
        }
        boolean figuresChanged = row.figures() != null && existingFigures.getOrDefault(stored.id(), List.of()).stream()
                .filter(f -> f.fiscalYear() == row.figures().fiscalYear()).findFirst()
                .map(latest -> !FiguresTable.same(latest, row.figures())).orElse(true);
        boolean titleNew = false;
        if (row.title() != null) {
            List<Title> held = titles.getOrDefault(stored.id(), List.of());
            BatchRow.TitleRow title = row.title();
            titleNew = held.stream().noneMatch(t -> t.tier() == title.tier() && t.grantDate().equals(title.grantDate()));
            Title clash = titleNew ? TitleRules.overlapping(held, title.tier(), title.grantDate(), title.validUntil()) : null;
            if (clash != null) {
                rowProblems.add(FieldProblem.at(row.line(), "title", "与该企业的" + clash.tier().chinese() + "称号（编号 "
                        + clash.id() + "，认定日期 " + clash.grantDate() + "，有效期至 " + clash.validUntil() + "）冲突。",
                        "Conflicts with the enterprise's " + clash.tier() + " title no. " + clash.id() + " granted "
                                + clash.grantDate() + " and valid until " + clash.validUntil() + "."));
            }
        }
        return new Planned(row, stored, row.enterprise().differsFrom(stored.enterprise()), figuresChanged, titleNew);
    }

    List<Comparison> comparisons() {
        return comparisons;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Writes the planned changes; every row must have been valid. {@code commonGrams} null: the
     * names are not indexed (a first load indexes them all at its end).
     */
    Counts write(Connection c, Actor actor, String operation, EnterpriseRefresh refresh, RegistrySettings settings,
                 CommonGrams commonGrams, LocalDate today, Instant now) throws SQLException {
        boolean demo = RegistryBatchWriterService.DEMO_OPERATION.equals(operation);
        List<Planned> created = planned.stream().filter(p -> p.change() == Change.NEW).toList();
        List<Planned> changed = planned.stream().filter(p -> p.change() == Change.CHANGED).toList();
        long unchanged = planned.size() - created.size() - changed.size();

        // new enterprises: everything derived is known here, so each row is written once
        List<ValidEnterprise> enterprises = new ArrayList<>();
        List<EnterpriseRefresh.Summary> summaries = new ArrayList<>();
        List<List<RedFlag>> flags = new ArrayList<>();
        List<TitleStatus> statuses = new ArrayList<>();
        for (Planned plan : created) {
            BatchRow row = plan.row();
            List<RedFlag> enterpriseFlags = refresh.flags(row.enterprise().toEnterprise(demo),
                    row.figures() == null ? List.of() : List.of(row.figures()), false);
            TitleStatus status = row.title() == null ? null : statusToday(row.title(), today, settings);
            Title top = row.title() == null ? null : new Title(0, row.enterprise().creditCode(), row.title().tier(),
                    row.title().level(), row.title().authority(), row.title().batch(), row.title().grantDate(),
                    row.title().validUntil(), status, status.ended() ? row.title().validUntil().plusDays(1) : null, null);
            enterprises.add(row.enterprise());
            summaries.add(EnterpriseRefresh.Summary.of(top != null && top.inForceOn(today) ? top : null,
                    RedFlagTable.bits(enterpriseFlags)));
            flags.add(enterpriseFlags);
            statuses.add(status);
        }
        List<Long> newIds = EnterpriseTable.insertAll(c, enterprises, summaries, demo, now);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<RedFlag>> newFlags = new HashMap<>();
        for (int i = 0; i < newIds.size(); i++) {
            names.put(newIds.get(i), enterprises.get(i).nameZh());
            newFlags.put(newIds.get(i), flags.get(i));
        }
        if (commonGrams != null) {
            NameGramTable.insertAll(c, names, commonGrams);
        }
        RedFlagTable.insertAll(c, newFlags);

        // existing enterprises that change: written, then refreshed from what is stored
        Map<Long, ValidEnterprise> updated = new LinkedHashMap<>();
        Map<Long, String> renamedFrom = new LinkedHashMap<>();
        Map<Long, String> renamed = new LinkedHashMap<>();
        for (Planned plan : changed) {
            if (plan.enterpriseChanged()) {
                updated.put(plan.existing().id(), plan.row().enterprise());
                if (!plan.row().enterprise().nameZh().equals(plan.existing().enterprise().nameZh())) {
                    renamedFrom.put(plan.existing().id(), plan.existing().enterprise().nameZh());
                    renamed.put(plan.existing().id(), plan.row().enterprise().nameZh());
                }
            }
        }
        EnterpriseTable.updateAll(c, updated, now);
        if (commonGrams != null) {
            NameGramTable.removeAll(c, renamedFrom);
            NameGramTable.insertAll(c, renamed, commonGrams);
        }

        List<Long> changedIds = changed.stream().map(plan -> plan.existing().id()).toList();
        Map<Long, Map<Integer, Integer>> lastRevisions = FiguresTable.lastRevisions(c,
                changed.stream().filter(Planned::figuresChanged).map(plan -> plan.existing().id()).toList());
        List<FiguresTable.NewRevision> revisions = new ArrayList<>();
        List<TitleTable.NewTitle> titles = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            add(actor, created.get(i).row(), newIds.get(i), 1, operation, statuses.get(i), revisions, titles);
        }
        for (Planned plan : changed) {
            long id = plan.existing().id();
            BatchRow row = plan.row();
            int revision = plan.figuresChanged()
                    ? lastRevisions.getOrDefault(id, Map.of()).getOrDefault(row.figures().fiscalYear(), 0) + 1 : 0;
            add(actor, plan.figuresChanged() ? row : withoutFigures(row), id, revision, operation,
                    plan.titleNew() ? statusToday(row.title(), today, settings) : null, revisions, titles);
        }
        FiguresTable.insertAll(c, revisions, now);
        List<Long> titleIds = TitleTable.insertAll(c, titles);
        TransitionTable.insertAll(c, transitions(actor, operation, titles, titleIds, today, settings), now);
        refresh.refresh(c, changedIds, today);
        return new Counts(created.size(), updated.size(), revisions.size(), titles.size(), unchanged);
    }

    private static BatchRow withoutFigures(BatchRow row) {
        return new BatchRow(row.line(), row.enterprise(), null, row.title(), row.problems());
    }

    /** The row's figures and (when {@code status} is given) its title, to insert. */
    private static void add(Actor actor, BatchRow row, long enterpriseId, int revision, String operation,
                            TitleStatus status, List<FiguresTable.NewRevision> revisions,
                            List<TitleTable.NewTitle> titles) {
        if (row.figures() != null) {
            revisions.add(new FiguresTable.NewRevision(enterpriseId, row.figures(), revision, actor.userId(),
                    "import " + operation));
        }
        if (row.title() != null && status != null) {
            BatchRow.TitleRow title = row.title();
            titles.add(new TitleTable.NewTitle(enterpriseId, title.tier(), title.level(), title.authority(),
                    title.batch(), title.grantDate(), title.validUntil(), status,
                    status.ended() ? title.validUntil().plusDays(1) : null, null, operation));
        }
    }

    /** Where a title granted on its day stands today, by the automatic lifecycle. */
    private static TitleStatus statusToday(BatchRow.TitleRow title, LocalDate today, RegistrySettings settings) {
        List<Lifecycle.Step> steps = Lifecycle.stepsDue(TitleStatus.GRANTED, title.grantDate(), title.validUntil(),
                today, settings.reevaluationWindowDays());
        return steps.isEmpty() ? TitleStatus.GRANTED : steps.get(steps.size() - 1).to();
    }

    /** The grant by the importing actor, then the automatic steps by the system actor. */
    private static List<TransitionTable.NewTransition> transitions(Actor actor, String operation,
                                                                   List<TitleTable.NewTitle> titles, List<Long> ids,
                                                                   LocalDate today, RegistrySettings settings) {
        List<TransitionTable.NewTransition> transitions = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            TitleTable.NewTitle title = titles.get(i);
            long id = ids.get(i);
            transitions.add(new TransitionTable.NewTransition(id, null, TitleStatus.GRANTED, title.grantDate(),
                    "批量导入（" + operation + "）" + (title.batch() == null ? "" : "，" + title.batch()),
                    actor.userId(), title.validUntil()));
            for (Lifecycle.Step step : Lifecycle.stepsDue(TitleStatus.GRANTED, title.grantDate(), title.validUntil(),
                    today, settings.reevaluationWindowDays())) {
                transitions.add(new TransitionTable.NewTransition(id, step.from(), step.to(), step.effective(),
                        step.reason(), Actor.SYSTEM.userId(), title.validUntil()));
            }
        }
        return transitions;
    }
}
