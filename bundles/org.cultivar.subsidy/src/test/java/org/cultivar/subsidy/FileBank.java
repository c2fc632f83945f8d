package org.cultivar.subsidy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cultivar.subsidy.api.process.PaymentFile;

/**
 * The bank at the other end of the crash test, with a journal on disk that outlives a killed
 * worker. It executes a payment file (written by {@link FakeBank}) once per message id: the
 * file is stored under its message id, atomically and synced, before a confirmation goes back.
 * The same file again gets the same confirmation, as a bank's duplicate check on the message id
 * does; a different file under a known message id is refused and kept as evidence.
 */
final class FileBank {

    /** One credit transfer the bank executed. */
    record Payment(String messageId, String endToEndId, BigDecimal amount, String accountNumber) {
    }

    private static final String ACCEPTED = ".accepted";
    private static final String REFUSED = ".refused";

    private final Path journal;

    FileBank(Path journal) {
        this.journal = journal;
        try {
            Files.createDirectories(journal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pays every transfer of a file not seen before; returns the bank's confirmation, every transfer PAID. */
    byte[] execute(PaymentFile file) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n");
        String messageId = lines[0].split(" ")[1];
        Path accepted = journal.resolve(messageId + ACCEPTED);
        try {
            if (!Files.exists(accepted)) {
                writeAtomically(accepted, file.content());
            } else if (!Arrays.equals(Files.readAllBytes(accepted), file.content())) {
                writeAtomically(journal.resolve(messageId + "." + System.nanoTime() + REFUSED), file.content());
                throw new IllegalStateException("The bank refuses a second, different file under message id " + messageId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] statuses = Arrays.stream(lines).skip(1).map(line -> line.split(",")[0] + ",PAID").toArray(String[]::new);
        return FakeBank.confirmation(messageId, statuses);
    }

    /** Every transfer of every accepted file. */
    List<Payment> payments() {
        List<Payment> payments = new ArrayList<>();
        for (Path file : files(ACCEPTED)) {
            String messageId = file.getFileName().toString().replace(ACCEPTED, "");
            List<String> lines = read(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                payments.add(new Payment(messageId, cells[0], new BigDecimal(cells[1]), cells[2]));
            }
        }
        return payments;
    }

    /** Files the bank refused because their message id had already brought a different file. */
    List<Path> refusedFiles() {
        return files(REFUSED);
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> files = Files.list(journal)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A kill leaves either no file or the whole file under its final name, never a part of one. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
