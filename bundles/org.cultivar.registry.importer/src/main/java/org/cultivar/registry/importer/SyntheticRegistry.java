package org.cultivar.registry.importer;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;

/**
 * A deterministic, realistic synthetic registry of Guangdong enterprises: the same seed and
 * count always give the same rows. Each enterprise is derived from the seed and its index alone,
 * so any number of rows streams out in constant memory (the benchmark writes a million).
 *
 * <p>The registry comes as one batch list per fiscal year ({@link #FISCAL_YEARS}): each holds
 * one row per enterprise with that year's figures and, where its history has one, a title
 * granted in order (Innovative SME → Specialized SME → Little Giant → Champion). Most firms
 * are SMEs in the Made in China 2025 sectors; some are above SME size, highly leveraged,
 * growing weakly or subsidiaries of a group, as in the MERICS sample; titles come from real-looking
 * batches, so some have expired and some expire soon.
 */
public final class SyntheticRegistry {

    public static final List<Integer> FISCAL_YEARS = List.of(2023, 2024, 2025);
    /** The seed and size of the demo registry. */
    public static final long DEMO_SEED = 20_260_401L;
    public static final int DEMO_ENTERPRISES = 3_000;

    private static final String PROVINCIAL_AUTHORITY = "广东省工业和信息化厅";
    private static final String NATIONAL_AUTHORITY = "工业和信息化部";

    /** Announcement dates of the batches the histories draw on, oldest first per tier. */
    private static final List<Batch> INNOVATIVE = List.of(
            new Batch(Tier.INNOVATIVE_SME, "2022年创新型中小企业", "2022-06-30"),
            new Batch(Tier.INNOVATIVE_SME, "2023年第一批创新型中小企业", "2023-05-31"),
            new Batch(Tier.INNOVATIVE_SME, "2024年第一批创新型中小企业", "2024-02-29"),
            new Batch(Tier.INNOVATIVE_SME, "2025年创新型中小企业", "2025-06-30"));
    private static final List<Batch> SPECIALIZED = List.of(
            new Batch(Tier.SPECIALIZED_SME, "2021年广东省专精特新中小企业", "2022-01-20"),
            new Batch(Tier.SPECIALIZED_SME, "2022年广东省专精特新中小企业", "2023-01-17"),
            new Batch(Tier.SPECIALIZED_SME, "2023年广东省专精特新中小企业", "2023-12-28"),
            new Batch(Tier.SPECIALIZED_SME, "2024年广东省专精特新中小企业", "2024-12-20"),
            new Batch(Tier.SPECIALIZED_SME, "2025年广东省专精特新中小企业", "2025-09-26"));
    private static final List<Batch> LITTLE_GIANTS = List.of(
            new Batch(Tier.LITTLE_GIANT, "第三批专精特新“小巨人”企业", "2021-07-19"),
            new Batch(Tier.LITTLE_GIANT, "第四批专精特新“小巨人”企业", "2022-08-26"),
            new Batch(Tier.LITTLE_GIANT, "第五批专精特新“小巨人”企业", "2023-07-14"),
            new Batch(Tier.LITTLE_GIANT, "第六批专精特新“小巨人”企业", "2024-08-09"),
            new Batch(Tier.LITTLE_GIANT, "第七批专精特新“小巨人”企业", "2025-09-12"));
    private static final List<Batch> CHAMPIONS = List.of(
            new Batch(Tier.MANUFACTURING_CHAMPION, "第八批制造业单项冠军", "2024-01-10"),
            new Batch(Tier.MANUFACTURING_CHAMPION, "第九批制造业单项冠军", "2025-03-28"));

    private static final String[] BRAND = {"华", "科", "创", "瑞", "达", "昇", "汇", "腾", "芯", "威", "邦", "博", "德", "恒",
            "嘉", "锐", "立", "凯", "迈", "思", "拓", "新", "远", "誉", "智", "航", "源", "晟", "禾", "联"};
    private static final String[] BRAND_PINYIN = {"Hua", "Ke", "Chuang", "Rui", "Da", "Sheng", "Hui", "Teng", "Xin", "Wei",
            "Bang", "Bo", "De", "Heng", "Jia", "Rui", "Li", "Kai", "Mai", "Si", "Tuo", "Xin", "Yuan", "Yu", "Zhi", "Hang",
            "Yuan", "Sheng", "He", "Lian"};
    private static final String[] COMPANY_FORMS = {"科技有限公司", "科技股份有限公司", "技术有限公司", "股份有限公司", "有限公司"};
    private static final String[] COMPANY_FORMS_EN = {"Technology Co., Ltd.", "Technology Co., Ltd.", "Technology Co., Ltd.",
            "Co., Ltd.", "Co., Ltd."};

    private final long seed;
    private final int count;
    private final List<RegionCatalogue.Region> cities;

    public SyntheticRegistry(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        this.seed = seed;
        this.count = count;
        this.cities = guangdongCities();
    }

    /** The demo registry: {@value #DEMO_ENTERPRISES} enterprises. */
    public static SyntheticRegistry demo() {
        return new SyntheticRegistry(DEMO_SEED, DEMO_ENTERPRISES);
    }

    public int count() {
        return count;
    }

    /**
     * The batch list of one fiscal year: one row per enterprise, numbered as lines of the CSV
     * that {@link #writeCsv} writes (the header is line 1).
     */
    public Stream<ImportRow> rows(int fiscalYear) {
        int slot = FISCAL_YEARS.indexOf(fiscalYear);
        if (slot < 0) {
            throw new IllegalArgumentException("the synthetic registry has figures for " + FISCAL_YEARS + ", not " + fiscalYear);
        }
        return IntStream.range(0, count).mapToObj(index -> enterprise(index).row(index + 2L, slot));
    }

    /** Every year's batch list, oldest first: the order in which the registry takes them. */
    public Stream<ImportRow> rows() {
        return FISCAL_YEARS.stream().flatMap(this::rows);
    }

    /** The batch list of one fiscal year in the import format, streamed to the writer. */
    public void writeCsv(int fiscalYear, Writer out) {
        BatchListCsvWriter csv = new BatchListCsvWriter(out);
        csv.header();
        rows(fiscalYear).forEach(csv::row);
    }

    /** The prefecture-level cities of Guangdong the catalogue knows; the province itself if none. */
    private static List<RegionCatalogue.Region> guangdongCities() {
        RegionCatalogue catalogue = RegionCatalogue.standard();
        RegionCode guangdong = RegionCode.of("440000");
        List<RegionCatalogue.Region> cities = catalogue.within(guangdong).stream().filter(region -> region.code().isCity()).toList();
        if (!cities.isEmpty()) {
            return cities;
        }
        return List.of(catalogue.find(guangdong).orElse(new RegionCatalogue.Region(guangdong, "广东省", "Guangdong")));
    }

    private record Batch(Tier tier, String name, LocalDate announced) {
        Batch(Tier tier, String name, String announced) {
            this(tier, name, LocalDate.parse(announced));
        }

        TitleGrant grant(String creditCode) {
            CertifyingLevel level = tier.defaultLevel();
            return new TitleGrant(creditCode, tier, level,
                    level == CertifyingLevel.NATIONAL ? NATIONAL_AUTHORITY : PROVINCIAL_AUTHORITY, name, announced, null, null, null);
        }
    }

    private SyntheticEnterprise enterprise(int index) {
        // one generator per enterprise, from seed and index alone: any row can be made on its own
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        RegionCatalogue.Region city = cities.get(random.nextInt(cities.size()));
        // a bijection of the index onto eight digits keeps every code in the registry unique
        long organisationBody = (index * 7_919L + Math.floorMod(seed, 100_000_000L)) % 100_000_000L;
        String creditCode = CreditCodes.of(city.code().code(), organisationBody);
        Sector sector = random.nextInt(100) < 82 ? Sector.values()[random.nextInt(Sector.values().length - 1)] : Sector.OTHER;
        Industry industry = Industry.of(sector, random);
        int first = random.nextInt(BRAND.length);
        int second = random.nextInt(BRAND.length);
        int form = random.nextInt(COMPANY_FORMS.length);
        String cityZh = city.nameZh().replaceFirst("[市省]$", "");
        String nameZh = cityZh + BRAND[first] + BRAND[second] + industry.chinese() + COMPANY_FORMS[form];
        String nameEn = random.nextInt(100) < 40 ? city.nameEn() + " " + BRAND_PINYIN[first]
                + BRAND_PINYIN[second].toLowerCase(Locale.ROOT) + " " + industry.english() + " " + COMPANY_FORMS_EN[form] : null;
        String parentGroup = random.nextInt(100) < 8 ? BRAND[second] + BRAND[first] + "控股集团有限公司" : null;
        EnterpriseInput input = new EnterpriseInput(creditCode, null, nameZh, nameEn, city.code().code(), sector, parentGroup);
        return new SyntheticEnterprise(input, figures(random), titles(creditCode, random));
    }

    /** Three years of figures, all in fen and per mille: money never passes through a double. */
    private static List<YearlyFigures> figures(SplittableRandom random) {
        int size = random.nextInt(100);
        boolean large = size < 9;
        long revenue = large ? between(random, 40_000_000_000L, 200_000_000_000L) : between(random, 2_000_000_000L, 38_000_000_000L);
        int employees = large ? random.nextInt(1_000, 3_200) : random.nextInt(25, 900);
        boolean weak = random.nextInt(100) < 15;
        boolean leveraged = random.nextInt(100) < 12;
        int liabilityPerMille = leveraged ? random.nextInt(720, 920) : random.nextInt(180, 650);
        int rdPerMille = weak ? random.nextInt(10, 30) : random.nextInt(30, 130);
        int mainBusinessPerMille = random.nextInt(100) < 90 ? random.nextInt(700, 1_001) : random.nextInt(450, 700);
        int classOneIp = random.nextInt(100) < 80 ? random.nextInt(2, 25) : random.nextInt(0, 2);
        int otherIp = random.nextInt(0, 90);
        int shareHundredths = random.nextInt(150, 4_500);
        int yearsInSegment = random.nextInt(3, 22);
        ScienceAward award = random.nextInt(100) < 90 ? ScienceAward.NONE : random.nextBoolean() ? ScienceAward.PROVINCIAL : ScienceAward.NATIONAL;
        boolean financed = random.nextInt(100) < 20;
        List<YearlyFigures> years = new ArrayList<>();
        for (int year : FISCAL_YEARS) {
            long assets = revenue * random.nextInt(800, 2_000) / 1_000;
            int rdStaff = Math.max(1, employees * random.nextInt(100, 350) / 1_000);
            years.add(new YearlyFigures(year, employees, rdStaff, fen(revenue), fen(revenue * mainBusinessPerMille / 1_000),
                    fen(assets), fen(assets * liabilityPerMille / 1_000), fen(revenue * rdPerMille / 1_000),
                    fen(revenue * random.nextInt(-50, 150) / 1_000),
                    financed ? fen(between(random, 500_000_000L, 20_000_000_000L)) : Money.ZERO,
                    classOneIp, otherIp, BigDecimal.valueOf(shareHundredths, 2), yearsInSegment, award));
            int growthPerMille = weak ? random.nextInt(-120, 40) : random.nextInt(50, 320);
            revenue = revenue * (1_000 + growthPerMille) / 1_000;
            employees = Math.max(10, employees * (1_000 + growthPerMille / 2) / 1_000);
            classOneIp += random.nextInt(0, 3);
            otherIp += random.nextInt(0, 6);
            shareHundredths = Math.min(9_000, Math.max(50, shareHundredths + random.nextInt(-150, 250)));
            yearsInSegment++;
        }
        return years;
    }

    /** A title history, oldest first: at most one title per fiscal year's list. */
    private static List<TitleGrant> titles(String creditCode, SplittableRandom random) {
        int career = random.nextInt(100);
        List<Batch> history = new ArrayList<>();
        if (career < 30) {
            history.add(pick(INNOVATIVE, random, null));
        } else if (career < 58) {
            history.add(pick(INNOVATIVE.subList(0, 3), random, null));
            history.add(pick(SPECIALIZED, random, history.get(0)));
        } else if (career < 83) {
            history.add(pick(SPECIALIZED.subList(0, 4), random, null));
            history.add(pick(LITTLE_GIANTS, random, history.get(0)));
        } else if (career < 94) {
            history.add(pick(LITTLE_GIANTS, random, null));
        } else if (career < 97) {
            history.add(pick(LITTLE_GIANTS.subList(0, 3), random, null));
            history.add(pick(CHAMPIONS, random, history.get(0)));
        }
        return history.stream().map(batch -> batch.grant(creditCode)).toList();
    }

    /** A batch announced after the previous title's, so a history only moves forward. */
    private static Batch pick(List<Batch> batches, SplittableRandom random, Batch after) {
        List<Batch> later = after == null ? batches
                : batches.stream().filter(batch -> batch.announced().isAfter(after.announced())).toList();
        return later.get(random.nextInt(later.size()));
    }

    private static long between(SplittableRandom random, long from, long to) {
        return random.nextLong(from, to);
    }

    private static Money fen(long fen) {
        return Money.ofFen(fen);
    }

    /** One synthetic enterprise: its registration, figures per fiscal year, and titles in order. */
    private record SyntheticEnterprise(EnterpriseInput input, List<YearlyFigures> years, List<TitleGrant> titles) {

        ImportRow row(long line, int slot) {
            return new ImportRow(line, input, years.get(slot), slot < titles.size() ? titles.get(slot) : null);
        }
    }
}
