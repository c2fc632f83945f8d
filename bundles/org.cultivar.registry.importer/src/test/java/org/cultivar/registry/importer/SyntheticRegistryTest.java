package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.registry.importer.ImportFixture.OFFICIAL;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic registry: deterministic, valid by the import's own rules, and realistic in its mix. */
class SyntheticRegistryTest {

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameRows() {
        assertThat(new SyntheticRegistry(7, 300).rows().toList()).isEqualTo(new SyntheticRegistry(7, 300).rows().toList());
        assertThat(new SyntheticRegistry(7, 300).rows(2024).toList()).isNotEqualTo(new SyntheticRegistry(8, 300).rows(2024).toList());
    }

    @Test
    void everyYearsCsvIsAValidBatchListThatReadsBackAsGenerated() throws InterruptedException {
        SyntheticRegistry registry = new SyntheticRegistry(SyntheticRegistry.DEMO_SEED, 1_500);
        try (ImportFixture fixture = new ImportFixture(folder)) {
            for (int year : SyntheticRegistry.FISCAL_YEARS) {
                StringWriter csv = new StringWriter();
                registry.writeCsv(year, csv);

                ImportPreview preview = fixture.preview("demo-" + year + ".csv", csv.toString());
                assertThat(preview.problems()).as("problems in %s", year).isEmpty();
                assertThat(preview.validRows()).isEqualTo(1_500);
                ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));
                assertThat(job.state()).isEqualTo(ImportJob.State.DONE);

                Map<String, ImportRow> generated = registry.rows(year)
                        .collect(Collectors.toMap(row -> row.enterprise().creditCode(), Function.identity()));
                assertThat(fixture.writer.committed.values()).allSatisfy(held -> assertThat(held.row()).isEqualTo(
                        generated.get(held.row().enterprise().creditCode())));
            }
        }
    }

    @Test
    void looksLikeGuangdongsRegistry() {
        List<ImportRow> latest = SyntheticRegistry.demo().rows(2025).toList();
        List<TitleGrant> titles = SyntheticRegistry.demo().rows().map(ImportRow::title).filter(title -> title != null).toList();
        LocalDate today = LocalDate.now(ImportFixture.CLOCK);

        assertThat(latest).hasSize(SyntheticRegistry.DEMO_ENTERPRISES);
        assertThat(latest).allSatisfy(row -> {
            assertThat(CreditCode.parse(row.enterprise().creditCode()).warnings()).isEmpty();
            assertThat(CreditCode.parse(row.enterprise().creditCode()).divisionCode()).isEqualTo(row.enterprise().regionCode());
            assertThat(RegionCode.of("440000").covers(RegionCode.of(row.enterprise().regionCode()))).isTrue();
        });
        assertThat(latest.stream().map(row -> row.enterprise().creditCode()).distinct()).hasSize(latest.size());
        assertThat(share(latest, row -> row.enterprise().sector().madeInChina2025())).isBetween(0.75, 0.9);
        assertThat(share(latest, row -> row.enterprise().parentGroup() != null)).isBetween(0.04, 0.12);
        assertThat(share(latest, row -> row.enterprise().nameEn() != null)).isBetween(0.3, 0.5);
        assertThat(share(latest, row -> row.figures().employees() >= 1_000)).isBetween(0.05, 0.15);
        assertThat(share(latest, row -> row.figures().liabilityRatio().doubleValue() > 0.7)).isBetween(0.06, 0.2);
        assertThat(titles.stream().map(TitleGrant::tier).distinct()).containsExactlyInAnyOrder(Tier.values());
        assertThat(titles.stream().filter(title -> title.tier() == Tier.LITTLE_GIANT).map(TitleGrant::batch).distinct())
                .hasSize(5);
        assertThat(titles).anyMatch(title -> expiresWithin(title, today, 0, 180));
        assertThat(titles).anyMatch(title -> !title.grantDate().plusYears(3).isAfter(today));
        assertThat(titles).allMatch(title -> !title.grantDate().isAfter(today));
        assertThat(latest).extracting(row -> row.enterprise().sector()).contains(Sector.OTHER);
    }

    private static boolean expiresWithin(TitleGrant title, LocalDate today, int fromDays, int toDays) {
        LocalDate end = title.grantDate().plusYears(3).minusDays(1);
        return !end.isBefore(today.plusDays(fromDays)) && !end.isAfter(today.plusDays(toDays));
    }

    private static double share(List<ImportRow> rows, java.util.function.Predicate<ImportRow> test) {
        return rows.stream().filter(test).count() / (double) rows.size();
    }
}
