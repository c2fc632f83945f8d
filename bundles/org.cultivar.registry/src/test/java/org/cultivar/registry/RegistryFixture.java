package org.cultivar.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.registry.testing.RegistrySchema;
import org.cultivar.store.testing.TestDatabase;
import org.cultivar.store.tx.ThreadBoundTransactions;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One test's world: a fresh migrated database, the store's real transactions, the recording
 * audit trail, a clock the test moves (today 2026-03-02 in Shanghai) and every service built as
 * its component builds it, with the leverage-only criteria stand-in.
 */
final class RegistryFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final RegionCode GUANGDONG = RegionCode.of("440000");
    static final RegionCode GUANGZHOU = RegionCode.of("440100");
    static final RegionCode SHENZHEN = RegionCode.of("440300");

    static final Actor GZ_OFFICIAL = actor("gz.official", Role.OFFICIAL, GUANGZHOU);
    static final Actor GD_OFFICIAL = actor("gd.official", Role.OFFICIAL, GUANGDONG);
    static final Actor MIIT_OFFICIAL = actor("miit.official", Role.OFFICIAL, RegionCode.NATIONAL);
    static final Actor GZ_CLERK = actor("gz.clerk", Role.CLERK, GUANGZHOU);
    static final Actor SZ_CLERK = actor("sz.clerk", Role.CLERK, SHENZHEN);
    static final Actor GZ_AUDITOR = actor("gz.auditor", Role.AUDITOR, GUANGZHOU);
    static final Actor ADMIN = actor("root.admin", Role.ADMINISTRATOR, RegionCode.NATIONAL);

    final HikariDataSource pool;
    final ThreadBoundTransactions transactions;
    final RecordingAuditTrail audit;
    final MutableClock clock = new MutableClock(Instant.EPOCH);
    final LeverageEvaluator evaluator = new LeverageEvaluator();
    final RegistrySettings settings = new RegistrySettings(180, RegistrySettings.DEFAULT.validityYears(), List.of(
            RegistrySettings.parseTarget("440100:SPECIALIZED_SME=1000"), RegistrySettings.parseTarget("440300:LITTLE_GIANT=50")));
    final RegistryEditorService editor;
    final LifecycleSweep sweep;
    final CertificationRegistryService registry;
    final EnterpriseDirectoryService directory;
    final ReevaluationWorklistService worklist;
    final RegistryOversightService oversight;
    final CultivationTargetsService targets;
    final RegistryBatchWriterService batch;

    RegistryFixture(TestDatabase database) {
        clock.setDay(TODAY);
        pool = database.freshPool();
        RegistrySchema.migrate(pool);
        transactions = new ThreadBoundTransactions(pool);
        audit = new RecordingAuditTrail(transactions);
        editor = new RegistryEditorService(transactions, audit, evaluator, clock, settings);
        sweep = new LifecycleSweep(transactions, audit, evaluator, clock, settings);
        registry = new CertificationRegistryService(transactions);
        directory = new EnterpriseDirectoryService(transactions, evaluator, clock);
        worklist = new ReevaluationWorklistService(transactions, evaluator, clock);
        oversight = new RegistryOversightService(transactions, null);
        targets = new CultivationTargetsService(transactions, clock, settings);
        batch = new RegistryBatchWriterService(transactions, evaluator, clock, settings);
    }

    private static final String[] CITIES = {"广州", "深圳"};
    private static final String[] WORDS = {"精密", "机器人", "新材料", "生物", "智能"};

    /**
     * Batch row i: a Guangzhou or Shenzhen firm named 城市+词+科技有限公司+i, every third highly
     * leveraged, every fifth a national Little Giant.
     */
    static ImportRow batchRow(int i) {
        boolean shenzhen = i % 2 == 1;
        String division = shenzhen ? "440300" : "440100";
        String name = CITIES[i % 2] + WORDS[i % WORDS.length] + "科技有限公司" + i;
        Tier tier = i % 5 == 0 ? Tier.LITTLE_GIANT : Tier.SPECIALIZED_SME;
        return new ImportRow(i + 1, new EnterpriseInput(code(i, division), null, name, "Firm " + i, division,
                Sector.values()[i % Sector.values().length], null),
                figures(2025, 100_000_000, i % 3 == 0 ? 80_000_000 : 30_000_000),
                grant(code(i, division), tier, TODAY.minusYears(1), null));
    }

    static List<ImportRow> batchRows(int from, int to) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(batchRow(i));
        }
        return rows;
    }

    static Actor actor(String id, Role role, RegionCode scope) {
        return new Actor(id, id, Set.of(role), scope);
    }

    /** A credit code with a correct check character, registered in the division, numbered n. */
    static String code(int n, String division) {
        String first17 = "91" + division + String.format("%09d", n);
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid(first17 + check)) {
                return first17 + check;
            }
        }
        throw new AssertionError();
    }

    static String gzCode(int n) {
        return code(n, "440100");
    }

    static EnterpriseInput enterprise(String code, String nameZh, RegionCode region) {
        return new EnterpriseInput(code, null, nameZh, null, region.code(), Sector.ROBOTICS_AND_CNC, null);
    }

    /** Figures that pass the stand-in's criterion when liabilities are at most 70 of 100 assets. */
    static YearlyFigures figures(int year, long assets, long liabilities) {
        return new YearlyFigures(year, 300, 40, Money.ofYuan(java.math.BigDecimal.valueOf(50_000_000)),
                Money.ofYuan(java.math.BigDecimal.valueOf(45_000_000)), Money.ofYuan(java.math.BigDecimal.valueOf(assets)),
                Money.ofYuan(java.math.BigDecimal.valueOf(liabilities)), Money.ofYuan(java.math.BigDecimal.valueOf(2_000_000)),
                Money.ofYuan(java.math.BigDecimal.valueOf(3_000_000)), null, 3, 10, new java.math.BigDecimal("12.5"), 5, null);
    }

    static TitleGrant grant(String code, Tier tier, LocalDate on, String justification) {
        return new TitleGrant(code, tier, null, tier.defaultLevel() == CertifyingLevel.NATIONAL ? "工业和信息化部" : "广东省工业和信息化厅",
                "2023 batch", on, null, null, justification);
    }

    /** A Guangzhou enterprise with passing figures for 2025. */
    CreditCode registered(int n, String nameZh) {
        String code = gzCode(n);
        editor.register(GZ_CLERK, enterprise(code, nameZh, GUANGZHOU));
        editor.recordFigures(GZ_CLERK, CreditCode.parse(code), figures(2025, 100_000_000, 40_000_000), "annual report");
        return CreditCode.parse(code);
    }

    /** Registers enterprise n of Guangzhou unless it is there already. */
    void registeredIfAbsent(int n) {
        if (registry.enterprise(CreditCode.parse(gzCode(n))).isEmpty()) {
            registered(n, "企业" + n);
        }
    }

    /** Row counts of every registry table: what a refused call must leave as it was. */
    Map<String, Long> tables() {
        return transactions.required(c -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String table : List.of("registry_enterprise", "registry_name_posting", "registry_figures", "registry_title",
                    "registry_title_transition", "registry_evaluation", "registry_criteria_exception", "registry_red_flag")) {
                try (var statement = c.createStatement(); var row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
            return counts;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
