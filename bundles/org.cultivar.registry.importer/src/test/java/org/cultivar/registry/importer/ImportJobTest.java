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
import java.util.ArrayList;
import java.util.List;
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

/** Starting a previewed import: modes, parts and their transactions, failures, idempotency, authorization, progress. */
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
    void storesAFileUpToOnePartInOneTransactionWithOneAuditEntry() throws InterruptedException {
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2_500)));
        int commitsBefore = fixture.transactions.commits;

        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.error()).isNull();
        assertThat(job.processed()).isEqualTo(job.total()).isEqualTo(2_500);
        assertThat(job.result()).isEqualTo(new ImportJob.Result(2_500, 0, 2_500, 2_500, 0, 0));
        assertThat(fixture.writer.committed).hasSize(2_500);
        assertThat(fixture.writer.writeSizes).containsExactly(2_500);
        assertThat(fixture.transactions.commits - commitsBefore).isEqualTo(1);
        assertThat(fixture.writer.committed.values()).allMatch(held -> held.operation().equals(job.id()));
        assertThat(fixture.audit.committed).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("registry.imported");
            assertThat(event.entityType()).isEqualTo("import");
            assertThat(event.entityId()).isEqualTo(job.id());
            assertThat(event.actor()).isEqualTo(OFFICIAL);
            assertThat(event.after()).contains("\"file\":\"list.csv\"", "\"sha256\":\"" + preview.sha256() + "\"",
                    "\"part\":1,\"parts\":1,\"firstLine\":2,\"lastLine\":2501,\"rows\":2500", "\"created\":2500");
        });
        assertThat(fixture.service.jobs(OFFICIAL)).extracting(ImportJob::id).containsExactly(job.id());
    }

    @Test
    void storesALargerFileInPartsEachInItsTransactionWithItsAuditEntry() throws InterruptedException {
        ImportFixture parted = partsOfAThousand();
        ImportPreview preview = parted.preview("list.csv", csv(HEADER, rows(2_500)));
        int commitsBefore = parted.transactions.commits;

        ImportJob job = parted.finished(OFFICIAL, parted.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.result()).isEqualTo(new ImportJob.Result(2_500, 0, 2_500, 2_500, 0, 0));
        assertThat(parted.writer.writeSizes).containsExactly(1_000, 1_000, 500);
        assertThat(parted.writer.firstLoadsBegun).as("below the first-load size").isZero();
        assertThat(parted.transactions.commits - commitsBefore).isEqualTo(3);
        assertThat(parted.audit.committed).extracting(event -> event.after()).satisfiesExactly(
                first -> assertThat(first).contains("\"part\":1,\"parts\":3,\"firstLine\":2,\"lastLine\":1001,\"rows\":1000",
                        "\"created\":1000"),
                second -> assertThat(second).contains("\"part\":2,\"parts\":3,\"firstLine\":1002,\"lastLine\":2001"),
                third -> assertThat(third).contains("\"part\":3,\"parts\":3,\"firstLine\":2002,\"lastLine\":2501,\"rows\":500",
                        "\"created\":500"));
    }

    @Test
    void aFailureInALaterPartKeepsTheStoredPartsSaysWhichAndTheSameFileFinishesTheJob() throws InterruptedException {
        ImportFixture parted = partsOfAThousand();
        parted.writer.failOnWrite = 2;
        String file = csv(HEADER, rows(2_500));

        ImportJob failed = parted.finished(OFFICIAL, parted.service.start(OFFICIAL, parted.preview("list.csv", file).id(),
                ImportMode.ALL_OR_NOTHING));

        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.error()).startsWith("Stopped after storing lines 2–1001 (1 of 3 parts")
                .contains("nothing after line 1001 was stored", "the database went away", "Import the same file again");
        assertThat(failed.error(true)).startsWith("已保存第 2–1001 行（共 3 部分中的 1 部分")
                .contains("第 1001 行之后均未保存", "the database went away", "重新导入同一文件即可保存其余部分");
        assertThat(failed.result()).isEqualTo(new ImportJob.Result(1_000, 0, 1_000, 1_000, 0, 0));
        assertThat(failed.processed()).isEqualTo(1_000);
        assertThat(parted.writer.committed).hasSize(1_000);
        assertThat(parted.audit.committed).hasSize(1);

        ImportJob again = parted.finished(OFFICIAL, parted.service.start(OFFICIAL, parted.preview("list.csv", file).id(),
                ImportMode.ALL_OR_NOTHING));

        assertThat(again.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(again.result()).isEqualTo(new ImportJob.Result(1_500, 0, 1_500, 1_500, 1_000, 0));
        assertThat(parted.writer.committed).hasSize(2_500);
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
    void aFailureInTheFirstPartStoresNothingAndFailsTheJob() throws InterruptedException {
        fixture.writer.failOnWrite = 1;
        ImportPreview preview = fixture.preview("list.csv", csv(HEADER, rows(2_500)));

        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.error()).startsWith("Nothing was stored").contains("the database went away");
        assertThat(job.error(true)).startsWith("未保存任何内容：导入失败（").contains("the database went away");
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
    void reportsTheLinesStoredWhileRunning() throws InterruptedException {
        ImportFixture parted = partsOfAThousand();
        CountDownLatch secondPart = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        parted.writer.beforeWrite = () -> {
            if (parted.writer.writeSizes.size() == 1) {
                secondPart.countDown();
                await(resume);
            }
        };
        ImportPreview preview = parted.preview("list.csv", csv(HEADER, rows(2_500)));
        ImportJob started = parted.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING);
        assertThat(started.state()).isEqualTo(ImportJob.State.RUNNING);
        assertThat(started.total()).isEqualTo(2_500);

        assertThat(secondPart.await(10, TimeUnit.SECONDS)).isTrue();
        ImportJob midway = parted.service.job(OFFICIAL, started.id()).orElseThrow();
        resume.countDown();

        assertThat(midway.state()).isEqualTo(ImportJob.State.RUNNING);
        assertThat(midway.processed()).isEqualTo(1_000);
        assertThat(parted.finished(OFFICIAL, started).processed()).isEqualTo(2_500);
    }

    @Test
    void aLargeImportIntoAnEmptyRegistryIsAFirstLoadThatEndsBeforeTheJobDoes() throws InterruptedException {
        fixture.close();
        ImportFixture loading = fixture = new ImportFixture(folder, ImportLimits.DEFAULT, 1_000, 2_000);
        ImportPreview preview = loading.preview("list.csv", csv(HEADER, rows(2_500)));
        List<ImportJob.State> stateWhileEnding = new ArrayList<>();
        loading.writer.onFinishFirstLoad = () -> stateWhileEnding.add(loading.service.jobs(OFFICIAL).get(0).state());
        ImportJob started = loading.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING);

        ImportJob job = loading.finished(OFFICIAL, started);

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(loading.writer.committed).hasSize(2_500);
        assertThat(loading.writer.firstLoadsBegun).isEqualTo(1);
        assertThat(loading.writer.firstLoadsFinished).isEqualTo(1);
        assertThat(stateWhileEnding).containsExactly(ImportJob.State.RUNNING);
    }

    @Test
    void aFirstLoadThatFailsIsStillEndedAndImportingTheFileAgainIsAnOrdinaryImport() throws InterruptedException {
        fixture.close();
        ImportFixture loading = fixture = new ImportFixture(folder, ImportLimits.DEFAULT, 1_000, 2_000);
        loading.writer.failOnWrite = 2;
        String file = csv(HEADER, rows(2_500));

        ImportJob failed = loading.finished(OFFICIAL, loading.service.start(OFFICIAL, loading.preview("list.csv", file).id(),
                ImportMode.ALL_OR_NOTHING));
        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(loading.writer.firstLoadsFinished).isEqualTo(1);
        assertThat(loading.writer.firstLoadUnderWay).isFalse();

        ImportJob again = loading.finished(OFFICIAL, loading.service.start(OFFICIAL, loading.preview("list.csv", file).id(),
                ImportMode.ALL_OR_NOTHING));
        assertThat(again.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(loading.writer.firstLoadsBegun).as("the registry is no longer empty").isEqualTo(1);
    }

    private ImportFixture partsOfAThousand() throws InterruptedException {
        fixture.close();
        fixture = new ImportFixture(folder, ImportLimits.DEFAULT, 1_000);
        return fixture;
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
