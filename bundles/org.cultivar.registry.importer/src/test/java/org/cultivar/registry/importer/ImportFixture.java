package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportPreview;

/** The import service on in-memory fakes, with a fixed "today" and a temporary upload folder. */
final class ImportFixture implements AutoCloseable {

    /** 2026-11-27 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ImportService.BUSINESS_ZONE);
    static final Actor OFFICIAL = new Actor("cn.official", "National official", Set.of(Role.OFFICIAL), RegionCode.NATIONAL);
    static final Actor OTHER_OFFICIAL = new Actor("cn.official2", "Another official", Set.of(Role.OFFICIAL), RegionCode.NATIONAL);
    static final Actor PROVINCIAL_OFFICIAL = new Actor("gd.official", "Guangdong official", Set.of(Role.OFFICIAL),
            RegionCode.of("440000"));
    static final Actor CLERK = new Actor("gz.clerk", "Guangzhou clerk", Set.of(Role.CLERK), RegionCode.of("440100"));

    static final String HEADER = "credit_code,name_zh,region,sector,fiscal_year,revenue,employees,market_share_percent,"
            + "tier,authority,batch,grant_date,valid_until";

    final FakeBatchWriter writer = new FakeBatchWriter();
    final FakeAuditTrail audit = new FakeAuditTrail();
    final FakeTransactions transactions = new FakeTransactions(writer, audit);
    final ImportService service;
    final Path folder;

    ImportFixture(Path folder) {
        this(folder, ImportLimits.DEFAULT);
    }

    ImportFixture(Path folder, ImportLimits limits) {
        this(folder, limits, ImportService.PART_ROWS);
    }

    ImportFixture(Path folder, ImportLimits limits, int partRows) {
        this(folder, limits, partRows, ImportService.FIRST_LOAD_ROWS);
    }

    ImportFixture(Path folder, ImportLimits limits, int partRows, long firstLoadRows) {
        this.folder = folder;
        this.service = new ImportService(writer, transactions, audit, folder, CLOCK, limits, partRows, firstLoadRows);
    }

    /** A valid credit code in Guangzhou, different for every number. */
    static String code(int number) {
        return CreditCodes.of("440100", number);
    }

    /** A valid row for {@link #HEADER}. */
    static String row(String creditCode) {
        return creditCode + ",广州华科智能装备有限公司,440100,ROBOTICS_AND_CNC,2025,12345678.90,120,12.5,"
                + "SPECIALIZED_SME,广东省工业和信息化厅,2025年广东省专精特新中小企业,2025-09-26,";
    }

    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    ImportPreview preview(String fileName, String csv) {
        return preview(OFFICIAL, fileName, csv.getBytes(StandardCharsets.UTF_8));
    }

    ImportPreview preview(Actor actor, String fileName, byte[] content) {
        return service.preview(actor, fileName, new ByteArrayInputStream(content));
    }

    /** Waits for the job to end. */
    ImportJob finished(Actor actor, ImportJob job) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            ImportJob now = service.job(actor, job.id()).orElseThrow();
            if (now.state() != ImportJob.State.RUNNING) {
                return now;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import did not finish: " + job);
    }

    static void assertProblem(ImportPreview preview, long line, String field, String messagePart) {
        assertThat(preview.problems()).as("problems of %s", preview.fileName())
                .anySatisfy(problem -> {
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.message()).contains(messagePart);
                });
    }

    @Override
    public void close() throws InterruptedException {
        service.deactivate();
    }
}
