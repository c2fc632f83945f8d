package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.registry.importer.ImportFixture.CLERK;
import static org.cultivar.registry.importer.ImportFixture.HEADER;
import static org.cultivar.registry.importer.ImportFixture.OFFICIAL;
import static org.cultivar.registry.importer.ImportFixture.OTHER_OFFICIAL;
import static org.cultivar.registry.importer.ImportFixture.code;
import static org.cultivar.registry.importer.ImportFixture.csv;
import static org.cultivar.registry.importer.ImportFixture.row;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting a previewed import: modes, the single transaction, failures, idempotency, authorization, progress. */
class ImportJobTest {

    @TempDir
    Path folder;
    private ImportFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ImportFixture(folder);
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.close();
    }

    private static String rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> row(code(i))).collect(Collectors.joining("\r\n"));
    }

    @Test
    void storesEveryRowInOneTransactionWithOneAuditEntry() throws InterruptedException {
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2_500)));

        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.error()).isNull();
        assertThat(job.processed()).isEqualTo(job.total()).isEqualTo(2_500);
        assertThat(job.result()).isEqualTo(new ImportJob.Result(2_500, 0, 2_500, 2_500, 0, 0));
        assertThat(fixture.writer.committed).hasSize(2_500);
        assertThat(fixture.writer.writeSizes).containsExactly(1_000, 1_000, 500);
        assertThat(fixture.writer.committed.values()).allMatch(held -> held.operation().equals(job.id()));
        assertThat(fixture.audit.committed).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("registry.imported");
            assertThat(event.entityType()).isEqualTo("import");
            assertThat(event.entityId()).isEqualTo(job.id());
            assertThat(event.actor()).isEqualTo(OFFICIAL);
            assertThat(event.after()).contains("\"file\":\"list.csv\"", "\"sha256\":\"" + preview.sha256() + "\"",
                    "\"rows\":2500", "\"created\":2500");
        });
        assertThat(fixture.service.jobs(OFFICIAL)).extracting(ImportJob::id).containsExactly(job.id());
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws InterruptedException {
        String file = csv(HEADER, rows(30));
        fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, fixture.preview("list.csv", file).id(), ImportMode.ALL_OR_NOTHING));

        ImportPreview again = fixture.preview("list.csv", file);
        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, again.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(again.unchanged()).isEqualTo(30);
        assertThat(again.newRows()).isZero();
        assertThat(job.result()).isEqualTo(new ImportJob.Result(0, 0, 0, 0, 30, 0));
        assertThat(fixture.writer.committed).hasSize(30);
    }

    @Test
    void allOrNothingRefusesAFileWithInvalidRowsAndValidRowsOnlySkipsThem() throws InterruptedException {
        ImportPreview preview = fixture.preview("mixed.csv", csv(HEADER, row(code(1)), row(code(2)).replace(",440100,", ",449999,"),
                row(code(3))));

        assertThatThrownBy(() -> fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 invalid rows")
                .hasMessageContaining("only the 2 valid rows");
        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.VALID_ROWS_ONLY));

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.result().skippedInvalid()).isEqualTo(1);
        assertThat(job.result().enterprisesCreated()).isEqualTo(2);
        assertThat(fixture.writer.committed).containsOnlyKeys(code(1), code(3));
        assertThatThrownBy(() -> fixture.service.start(OFFICIAL, preview.id(), ImportMode.VALID_ROWS_ONLY))
                .as("a preview is imported once").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFailureMidwayStoresNothingAndFailsTheJob() throws InterruptedException {
        fixture.writer.failOnWrite = 2;
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2_500)));

        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.error()).startsWith("Nothing was stored").contains("the database went away");
        assertThat(job.result()).isNull();
        assertThat(fixture.writer.committed).isEmpty();
        assertThat(fixture.audit.committed).isEmpty();
    }

    @Test
    void rowsThatTurnInvalidAfterThePreviewFailAnAllOrNothingImport() throws Exception {
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(3)));
        Files.writeString(uploadOf(preview), csv(HEADER, row(code(1)), row(code(2)).replace(",440100,", ",449999,")),
                StandardCharsets.UTF_8);

        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.error()).contains("line 3, region");
        assertThat(fixture.writer.committed).isEmpty();
    }

    @Test
    void onlyOfficialsImportAndOnlyTheirOwnPreviewsAndJobs() throws InterruptedException {
        AtomicBoolean read = new AtomicBoolean();
        InputStream watched = new InputStream() {
            @Override
            public int read() {
                read.set(true);
                return -1;
            }
        };

        assertThatThrownBy(() -> fixture.service.preview(CLERK, "list.csv", watched)).isInstanceOf(AccessDeniedException.class);
        assertThat(read).as("refused before reading").isFalse();
        assertThatThrownBy(() -> fixture.service.preview(null, "list.csv", watched)).isInstanceOf(AccessDeniedException.class);

        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2)));
        assertThatThrownBy(() -> fixture.service.start(CLERK, preview.id(), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.service.start(OTHER_OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("who previewed");
        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(fixture.service.job(OTHER_OFFICIAL, job.id())).isEmpty();
        assertThat(fixture.service.jobs(OTHER_OFFICIAL)).isEmpty();
        assertThatThrownBy(() -> fixture.service.jobs(CLERK)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reportsProgressWhileRunning() throws InterruptedException {
        CountDownLatch secondChunk = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        fixture.writer.beforeWrite = () -> {
            if (fixture.writer.writeSizes.size() == 1) {
                secondChunk.countDown();
                await(resume);
            }
        };
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2_500)));
        ImportJob started = fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING);
        assertThat(started.state()).isEqualTo(ImportJob.State.RUNNING);
        assertThat(started.total()).isEqualTo(2_500);

        assertThat(secondChunk.await(10, TimeUnit.SECONDS)).isTrue();
        ImportJob midway = fixture.service.job(OFFICIAL, started.id()).orElseThrow();
        resume.countDown();

        assertThat(midway.state()).isEqualTo(ImportJob.State.RUNNING);
        assertThat(midway.processed()).isEqualTo(1_000);
        assertThat(fixture.finished(OFFICIAL, started).processed()).isEqualTo(2_500);
    }

    @Test
    void removesTheUploadOnceImported() throws Exception {
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2)));
        Path upload = uploadOf(preview);
        assertThat(upload).exists();

        fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(upload).doesNotExist();
    }

    private Path uploadOf(ImportPreview preview) {
        try (var files = Files.list(folder)) {
            return files.filter(file -> sha256(file).equals(preview.sha256())).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
