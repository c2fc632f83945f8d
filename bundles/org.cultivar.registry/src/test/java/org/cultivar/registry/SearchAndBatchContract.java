package org.cultivar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cultivar.registry.RegistryFixture.GD_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.GUANGZHOU;
import static org.cultivar.registry.RegistryFixture.GZ_CLERK;
import static org.cultivar.registry.RegistryFixture.MIIT_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.SHENZHEN;
import static org.cultivar.registry.RegistryFixture.TODAY;
import static org.cultivar.registry.RegistryFixture.figures;
import static org.cultivar.registry.RegistryFixture.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.cultivar.registry.api.RegistryBatchWriter.Change;
import org.cultivar.registry.api.RegistryBatchWriter.Counts;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch writer (compare, write, idempotency, per-row problems) and search over what it wrote. */
abstract class SearchAndBatchContract {

    private RegistryFixture fixture;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(database());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static ImportRow row(int i) {
        return RegistryFixture.batchRow(i);
    }

    private static List<ImportRow> rows(int count) {
        return RegistryFixture.batchRows(0, count);
    }

    private static List<ImportRow> rows(int from, int to) {
        return RegistryFixture.batchRows(from, to);
    }

    private Counts write(Actor actor, String operation, List<ImportRow> rows) {
        return fixture.transactions.required(c -> fixture.batch.write(actor, operation, rows));
    }

    @Test
    void aWriteStoresEverythingOnceAndARepeatChangesNothing() {
        List<ImportRow> rows = rows(2_500);
        assertThat(fixture.batch.compare(MIIT_OFFICIAL, rows)).extracting(RegistryBatchWriter.Comparison::change)
                .containsOnly(Change.NEW);
        Counts counts = write(MIIT_OFFICIAL, "miit-2025-7", rows);
        assertThat(counts).isEqualTo(new Counts(2_500, 0, 2_500, 2_500, 0));
        Map<String, Long> after = fixture.tables();
        assertThat(after).containsEntry("registry_title_transition", 5_000L);

        assertThat(fixture.batch.compare(MIIT_OFFICIAL, rows)).extracting(RegistryBatchWriter.Comparison::change)
                .containsOnly(Change.UNCHANGED);
        assertThat(write(MIIT_OFFICIAL, "miit-2025-7", rows)).isEqualTo(new Counts(0, 0, 0, 0, 2_500));
        assertThat(fixture.tables()).isEqualTo(after);
        assertThat(fixture.audit.events()).isEmpty();

        CreditCode first = CreditCode.parse(RegistryFixture.code(0, "440100"));
        assertThat(fixture.registry.titleProving(first, Tier.LITTLE_GIANT, TODAY)).get()
                .satisfies(title -> assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE));
        assertThat(fixture.directory.profile(GZ_CLERK, first).redFlags()).extracting(RedFlag::kind)
                .containsExactly(RedFlag.Kind.HIGH_LEVERAGE);
    }

    @Test
    void aChangedRowAddsARevisionAndUpdatesTheEnterprise() {
        write(MIIT_OFFICIAL, "first", rows(3));
        ImportRow original = row(1);
        ImportRow changed = new ImportRow(1, new EnterpriseInput(original.enterprise().creditCode(), null, "深圳改名公司",
                null, "440300", Sector.OTHER, "某集团"), figures(2025, 100_000_000, 90_000_000), original.title());
        assertThat(fixture.batch.compare(MIIT_OFFICIAL, List.of(changed))).singleElement()
                .satisfies(comparison -> assertThat(comparison.change()).isEqualTo(Change.CHANGED));
        assertThat(write(MIIT_OFFICIAL, "second", List.of(changed))).isEqualTo(new Counts(0, 1, 1, 0, 0));
        CreditCode code = CreditCode.parse(original.enterprise().creditCode());
        assertThat(fixture.directory.profile(GZ_CLERK, code).figures()).extracting(f -> f.revision()).containsExactly(2, 1);
        assertThat(fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText("改名"), 0, 10)).hasSize(1);
        assertThat(fixture.directory.search(GZ_CLERK, new EnterpriseQuery(null, null, null, null, null,
                RedFlag.Kind.GROUP_SUBSIDIARY), 0, 10)).extracting(EnterpriseRow::nameZh).containsExactly("深圳改名公司");
    }

    @Test
    void rowsTheActorMayNotWriteComeBackAsProblems() {
        List<ImportRow> rows = List.of(row(0), row(1), row(2), row(0));
        List<RegistryBatchWriter.Comparison> comparisons = fixture.batch.compare(GD_OFFICIAL, rows);
        // row 0 carries a national title; row 3 repeats row 0's code
        assertThat(comparisons.get(0).problems()).extracting(p -> p.field()).containsExactly("title");
        assertThat(comparisons.get(1).valid()).isTrue();
        assertThat(comparisons.get(3).problems()).isNotEmpty();
        assertThat(fixture.batch.compare(RegistryFixture.GZ_CLERK, List.of(row(1))).get(0).problems())
                .extracting(p -> p.field()).contains("regionCode", "title");
        Map<String, Long> before = fixture.tables();
        assertThatThrownBy(() -> write(GD_OFFICIAL, "refused", rows)).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.tables()).isEqualTo(before);
    }

    @Test
    void aConflictingTitleIsAProblem() {
        write(MIIT_OFFICIAL, "first", List.of(row(1)));
        ImportRow later = new ImportRow(1, row(1).enterprise(), null, grant(row(1).enterprise().creditCode(),
                Tier.SPECIALIZED_SME, TODAY.minusMonths(2), null));
        assertThat(fixture.batch.compare(MIIT_OFFICIAL, List.of(later)).get(0).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("Conflicts"));
    }

    @Test
    void rowProblemsReadInChineseForClerks() {
        write(MIIT_OFFICIAL, "first", List.of(row(1)));
        ImportRow later = new ImportRow(1, row(1).enterprise(), null, grant(row(1).enterprise().creditCode(),
                Tier.SPECIALIZED_SME, TODAY.minusMonths(2), null));
        ImportRow again = new ImportRow(2, later.enterprise(), null, null);
        List<RegistryBatchWriter.Comparison> comparisons = fixture.batch.compare(MIIT_OFFICIAL, List.of(later, again));
        assertThat(comparisons.get(0).problems()).singleElement().satisfies(p -> assertThat(p.message(true))
                .startsWith("与该企业的专精特新中小企业称号（编号 ")
                .endsWith("，认定日期 " + TODAY.minusYears(1) + "，有效期至 " + TODAY.minusYears(1).plusYears(3).minusDays(1)
                        + "）冲突。"));
        assertThat(comparisons.get(1).problems()).singleElement().satisfies(p -> assertThat(p.messageZh())
                .isEqualTo("统一社会信用代码 " + later.enterprise().creditCode() + " 重复出现（首次出现在第 1 行）。"));

        Throwable refused = catchThrowable(() -> write(MIIT_OFFICIAL, "second", List.of(later)));
        assertThat(((InvalidInputException) refused).message(true)).startsWith("第 1 行，title：与该企业的专精特新中小企业称号");
    }

    @Test
    void demoRowsAreMarkedAsDemo() {
        write(Actor.SYSTEM, RegistryBatchWriter.DEMO_OPERATION, rows(2));
        assertThat(fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL, 0, 10)).extracting(EnterpriseRow::demo)
                .containsOnly(true);
    }

    @Test
    void searchFiltersByTextRegionTierStatusSectorAndFlag() {
        write(MIIT_OFFICIAL, "seed", rows(400));
        fixture.editor.register(GZ_CLERK, new EnterpriseInput(RegistryFixture.code(9_999, "440100"), null, "广州珠江啤酒厂",
                "Pearl River Brewery", "440100", Sector.OTHER, null));

        assertThat(names(EnterpriseQuery.ALL.withText("珠江啤"))).containsExactly("广州珠江啤酒厂");
        assertThat(names(EnterpriseQuery.ALL.withText("brewery"))).containsExactly("广州珠江啤酒厂");
        assertThat(names(EnterpriseQuery.ALL.withText("机器人科技"))).hasSize(80).allMatch(n -> n.contains("机器人科技"));
        assertThat(names(EnterpriseQuery.ALL.withText("啤"))).containsExactly("广州珠江啤酒厂");
        assertThat(names(EnterpriseQuery.ALL.withText("100%_"))).isEmpty();
        String code = RegistryFixture.code(7, "440300");
        assertThat(names(EnterpriseQuery.ALL.withText(code.substring(0, 17).toLowerCase()))).containsExactly("深圳新材料科技有限公司7");

        List<EnterpriseRow> page = fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL, 0, 50);
        assertThat(page).extracting(EnterpriseRow::nameZh).isSorted();
        assertThat(names(new EnterpriseQuery(null, SHENZHEN, null, null, null, null))).hasSize(200);
        assertThat(names(new EnterpriseQuery(null, RegistryFixture.GUANGDONG, null, Tier.LITTLE_GIANT, null, null))).hasSize(80);
        assertThat(names(new EnterpriseQuery(null, GUANGZHOU, Sector.values()[0], null, TitleStatus.ACTIVE, null)))
                .hasSizeGreaterThan(0);
        assertThat(names(new EnterpriseQuery(null, null, null, null, null, RedFlag.Kind.HIGH_LEVERAGE))).hasSize(134);
        assertThat(names(new EnterpriseQuery(null, null, null, null, TitleStatus.REVOKED, null))).isEmpty();

        assertThat(fixture.directory.count(GZ_CLERK, EnterpriseQuery.ALL, 1_000)).isEqualTo(401);
        assertThat(fixture.directory.count(GZ_CLERK, EnterpriseQuery.ALL.withText("科技"), 100)).isBetween(101L, 800L);
        assertThat(fixture.directory.count(GZ_CLERK, new EnterpriseQuery(null, SHENZHEN, null, null, null, null), 50))
                .isBetween(100L, 300L);
        assertThat(fixture.directory.count(GZ_CLERK, EnterpriseQuery.ALL, 1_000_000_000L)).isEqualTo(401);
        assertThatThrownBy(() -> fixture.directory.count(GZ_CLERK, EnterpriseQuery.ALL, Long.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exactUpTo");
    }

    @Test
    void namesBeginningWithTheTextComeFirstAndPagesAcrossBothPartsListEveryMatchOnce() {
        write(MIIT_OFFICIAL, "seed", rows(40)); // 20 names begin with 深圳
        fixture.editor.register(GZ_CLERK, new EnterpriseInput(RegistryFixture.code(9_998, "440100"), null, "广州深圳商贸有限公司",
                null, "440100", Sector.OTHER, null)); // sorts before every 深圳… name, but does not begin with it

        List<String> all = names(EnterpriseQuery.ALL.withText("深圳"));
        assertThat(all).hasSize(21).endsWith("广州深圳商贸有限公司");
        assertThat(all.subList(0, 20)).isSorted().allMatch(name -> name.startsWith("深圳"));

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 28; offset += 7) {
            fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText("深圳"), offset, 7).forEach(row -> paged.add(row.nameZh()));
        }
        assertThat(paged).as("pages of 7, the third across both parts").isEqualTo(all);
        assertThat(fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText("深圳"), 20, 7))
                .extracting(EnterpriseRow::nameZh).containsExactly("广州深圳商贸有限公司");
        assertThat(fixture.directory.count(GZ_CLERK, EnterpriseQuery.ALL.withText("深圳"), 1_000)).isEqualTo(21);
    }

    @Test
    void aSearchInsideACallersTransactionLeavesPostgresPlannerSettingsAsItFoundThem() {
        write(MIIT_OFFICIAL, "seed", rows(20));
        fixture.transactions.required(c -> {
            assertThat(fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText("科技"), 0, 10)).hasSize(10);
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                try (var show = c.createStatement(); var row = show.executeQuery("SHOW enable_seqscan")) {
                    row.next();
                    assertThat(row.getString(1)).isEqualTo("on");
                }
            }
            return null;
        });
    }

    @Test
    void aBigramOneWriteTakesOverTheLimitIsNoLongerIndexedYetNamesWithItAreFound() {
        int limit = (int) CommonGrams.LIMIT;
        write(MIIT_OFFICIAL, "large", rows(limit + 1)); // every name holds "有限公司"

        assertThat(postings("公司")).isZero();
        assertThat(postings("深圳")).isEqualTo((limit + 1) / 2); // held by half the names: still indexed
        assertThat(names(EnterpriseQuery.ALL.withText("技有限公司1"))).hasSize(500).isSorted()
                .allMatch(name -> name.contains("技有限公司1"));
        assertThat(names(EnterpriseQuery.ALL.withText("深圳智能科技有限公司4999"))).containsExactly("深圳智能科技有限公司4999");
    }

    @Test
    void theDailySweepListsABigramSeveralWritesTookOverTheLimitTogether() {
        int half = (int) CommonGrams.LIMIT / 2 + 100;
        write(MIIT_OFFICIAL, "first half", rows(half));
        write(MIIT_OFFICIAL, "second half", rows(half, 2 * half));
        assertThat(postings("公司")).isEqualTo(2L * half); // neither write alone went over

        assertThat(fixture.sweep.promoteCommonGrams()).isGreaterThan(0);
        assertThat(postings("公司")).isZero();
        assertThat(fixture.sweep.promoteCommonGrams()).isZero();

        ImportRow renamed = row(2 * half - 1);
        fixture.editor.update(MIIT_OFFICIAL, new EnterpriseInput(renamed.enterprise().creditCode(), null, "广州锦鲤有限公司",
                null, renamed.enterprise().regionCode(), Sector.OTHER, null));
        assertThat(names(EnterpriseQuery.ALL.withText("锦鲤"))).containsExactly("广州锦鲤有限公司");
        assertThat(names(EnterpriseQuery.ALL.withText("有限公司" + (2 * half - 2)))).hasSize(1);
        assertThat(names(EnterpriseQuery.ALL.withText("有限公司" + (2 * half - 1)))).isEmpty();
    }

    /** Postings the name index holds for a two-character text. */
    private long postings(String bigram) {
        long gram = NameGrams.of(bigram).iterator().next();
        return fixture.transactions.required(c -> {
            try (var count = c.prepareStatement("SELECT COUNT(*) FROM registry_name_posting WHERE posting BETWEEN ? AND ?")) {
                count.setLong(1, NameGramTable.posting(gram, 0));
                count.setLong(2, NameGramTable.posting(gram, NameGramTable.ID_SPAN - 1));
                try (var row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    private List<String> names(EnterpriseQuery query) {
        return fixture.directory.search(GZ_CLERK, query, 0, 500).stream().map(EnterpriseRow::nameZh).toList();
    }
}
