package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleHistory;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.TitleTransition;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry as users browse it. {@link EnterpriseRow#redFlags()} is the bit set of the
 * enterprise's {@link RedFlag.Kind} ordinals ({@code Integer.bitCount} gives their number).
 */
@Component(service = EnterpriseDirectory.class)
public class EnterpriseDirectoryService implements EnterpriseDirectory {

    static final int LARGEST_PAGE = 500;

    private final Transactions transactions;
    private final Evaluations evaluations;
    private final Clock clock;

    @Activate
    public EnterpriseDirectoryService(@Reference Transactions transactions, @Reference CriteriaEvaluator evaluator,
                                      @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema) {
        this(transactions, evaluator, Clock.systemUTC());
    }

    EnterpriseDirectoryService(Transactions transactions, CriteriaEvaluator evaluator, Clock clock) {
        this.transactions = transactions;
        this.evaluations = new Evaluations(evaluator);
        this.clock = clock;
    }

    @Override
    public List<EnterpriseRow> search(Actor actor, EnterpriseQuery query, int offset, int limit) {
        Authority.requireReader(actor);
        checkPage(offset, limit);
        EnterpriseQuery checked = query == null ? EnterpriseQuery.ALL : query;
        return transactions.required(c -> {
            EnterpriseSearch.Where where = EnterpriseSearch.where(c, checked);
            if (where.namePrefix() == null) {
                return page(c, where, offset, limit);
            }
            try (PlannerHint walk = PlannerHint.walkIndexesOnPostgres(c)) {
                // the names beginning with the text first, then the others; each part by name
                EnterpriseSearch.Where beginning = where.withNamePrefix(true);
                List<EnterpriseRow> rows = new ArrayList<>(page(c, beginning, offset, limit));
                if (rows.size() < limit) {
                    // an empty first page means no name begins with the text: nothing to count
                    long beginningInAll = !rows.isEmpty() ? offset + rows.size()
                            : offset == 0 ? 0 : countUpTo(c, beginning, offset);
                    rows.addAll(page(c, where.withNamePrefix(false), (int) (offset + rows.size() - beginningInAll),
                            limit - rows.size()));
                }
                return rows;
            }
        });
    }

    private static List<EnterpriseRow> page(Connection c, EnterpriseSearch.Where where, int offset, int limit)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT e.credit_code, e.name_zh, e.region_code, e.sector, "
                + "e.top_tier, e.top_status, e.top_valid_until, e.red_flags, e.demo FROM registry_enterprise e "
                + where.sql() + " ORDER BY e.name_zh, e.credit_code LIMIT ? OFFSET ?")) {
            int index = set(select, where);
            select.setInt(index++, limit);
            select.setInt(index, offset);
            List<EnterpriseRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(readRow(row));
                }
            }
            return rows;
        }
    }

    /** How many enterprises match, counted no further than {@code limit + 1}. */
    private static long countUpTo(Connection c, EnterpriseSearch.Where where, long limit) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM registry_enterprise e "
                + where.sql() + " LIMIT ?) matches")) {
            count.setLong(set(count, where), limit + 1);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** More enterprises than China has: a limit beyond is a mistake, and SQL's LIMIT would overflow. */
    static final long MAXIMUM_EXACT_COUNT = 1_000_000_000L;

    @Override
    public long count(Actor actor, EnterpriseQuery query, long exactUpTo) {
        Authority.requireReader(actor);
        if (exactUpTo < 0 || exactUpTo > MAXIMUM_EXACT_COUNT) {
            throw new InvalidInputException("exactUpTo", "精确计数上限应在 0 至 " + MAXIMUM_EXACT_COUNT + " 之间。",
                    "The exact-count limit must be between 0 and " + MAXIMUM_EXACT_COUNT + ".");
        }
        EnterpriseQuery checked = query == null ? EnterpriseQuery.ALL : query;
        return transactions.required(c -> {
            EnterpriseSearch.Where where = EnterpriseSearch.where(c, checked);
            long counted = countUpTo(c, where, exactUpTo);
            return counted <= exactUpTo ? counted : CountEstimate.estimate(c, where, exactUpTo + 1);
        });
    }

    @Override
    public EnterpriseProfile profile(Actor actor, CreditCode creditCode) {
        Authority.requireReader(actor);
        if (creditCode == null) {
            throw new InvalidInputException("creditCode", "统一社会信用代码为必填项。", "Credit code is required.");
        }
        LocalDate today = BusinessDay.today(clock);
        return transactions.required(c -> {
            EnterpriseTable.Stored stored = EnterpriseTable.find(c, creditCode).orElseThrow(() -> new InvalidInputException(
                    "creditCode", "统一社会信用代码为 " + creditCode + " 的企业尚未登记。",
                    "No enterprise with credit code " + creditCode + " is registered."));
            List<Title> titles = TitleTable.ofEnterprise(c, stored.id());
            Map<Long, List<TitleTransition>> transitions = TransitionTable.ofEnterprise(c, stored.id());
            List<TitleHistory> histories = titles.stream()
                    .map(title -> new TitleHistory(title, transitions.getOrDefault(title.id(), List.of()))).toList();
            List<RedFlag> flags = RedFlagTable.ofEnterprises(c, List.of(stored.id())).getOrDefault(stored.id(), List.of());
            return new EnterpriseProfile(stored.enterprise(), stored.checkOverrideReason(),
                    FiguresTable.revisions(c, stored.id()), histories,
                    evaluationsToday(stored.enterprise(), titles, FiguresTable.latest(c, stored.id()), today), flags,
                    ExceptionTable.list(c, "WHERE x.enterprise_id = ? ORDER BY x.recorded_at, x.id", stored.id()));
        });
    }

    /**
     * The tiers held today judged for re-evaluation; with none held, a new application for the
     * highest tier it held before (it may apply again), or for the lowest tier.
     */
    private List<CriteriaEvaluation> evaluationsToday(Enterprise enterprise, List<Title> titles,
                                                      List<YearlyFigures> figures, LocalDate today) {
        List<Tier> held = titles.stream().filter(title -> title.status().inForce() && title.inForceOn(today))
                .map(Title::tier).distinct().sorted().toList();
        if (held.isEmpty()) {
            Tier next = titles.stream().map(Title::tier).max(Tier::compareTo).orElse(Tier.INNOVATIVE_SME);
            return List.of(evaluate(enterprise, next, figures, today, CriteriaEvaluation.Purpose.NEW_APPLICATION));
        }
        return held.stream().map(tier -> evaluate(enterprise, tier, figures, today,
                CriteriaEvaluation.Purpose.REEVALUATION)).toList();
    }

    private CriteriaEvaluation evaluate(Enterprise enterprise, Tier tier, List<YearlyFigures> figures, LocalDate today,
                                        CriteriaEvaluation.Purpose purpose) {
        return evaluations.evaluate(evaluations.inForce(tier, today, purpose), tier, enterprise, figures, purpose);
    }

    static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > LARGEST_PAGE) {
            throw new InvalidInputException("limit", "分页起始位置不能小于 0，每页应为 1 至 " + LARGEST_PAGE + " 行。",
                    "A page starts at 0 or later and holds 1 to " + LARGEST_PAGE + " rows.");
        }
    }

    private static int set(PreparedStatement statement, EnterpriseSearch.Where where) throws SQLException {
        int index = 1;
        for (Object parameter : where.parameters()) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private static EnterpriseRow readRow(ResultSet row) throws SQLException {
        String code = row.getString("credit_code");
        return new EnterpriseRow(CreditCode.isValid(code) ? CreditCode.parse(code) : CreditCode.overridingCheck(code),
                row.getString("name_zh"), RegionCode.of(row.getString("region_code")),
                Sector.valueOf(row.getString("sector")), Jdbc.named(Tier.class, row, "top_tier"),
                Jdbc.named(TitleStatus.class, row, "top_status"), Jdbc.date(row, "top_valid_until"),
                Integer.bitCount(row.getInt("red_flags")), row.getBoolean("demo"));
    }
}
