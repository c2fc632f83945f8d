package org.cultivar.subsidy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.Confirmation;
import org.cultivar.subsidy.api.payment.ConfirmationReader;
import org.cultivar.subsidy.api.payment.PaymentFileWriter;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.payment.PaymentOrder;
import org.cultivar.subsidy.api.payment.PaymentStatus;

/**
 * Stands in for the payments bundle: writes an order as plain lines (keeping every order it was
 * given) and reads confirmations written as "CONFIRMS messageId" followed by "endToEndId,OUTCOME".
 */
final class FakeBank implements PaymentFileWriter, ConfirmationReader {

    final List<PaymentOrder> orders = new CopyOnWriteArrayList<>();

    @Override
    public byte[] pain001(PaymentOrder order) {
        return write("PAIN001", order);
    }

    @Override
    public byte[] csv(PaymentOrder order) {
        return write("CSV", order);
    }

    private byte[] write(String format, PaymentOrder order) {
        orders.add(order);
        StringBuilder file = new StringBuilder(format + " " + order.messageId() + " " + order.payer().accountNumber() + "\n");
        for (PaymentInstruction instruction : order.instructions()) {
            file.append(instruction.endToEndId()).append(',').append(instruction.amount()).append(',')
                    .append(instruction.account().accountNumber()).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] confirmation(String messageId, String... lines) {
        return ("CONFIRMS " + messageId + "\n" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Confirmation read(String fileName, byte[] content) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
        if (!lines[0].startsWith("CONFIRMS ")) {
            throw new InvalidInputException("file", "is not a bank confirmation");
        }
        List<PaymentStatus> statuses = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            statuses.add(new PaymentStatus(cells[0], PaymentStatus.Outcome.valueOf(cells[1]), null, cells.length > 2 ? cells[2] : null));
        }
        try {
            return new Confirmation(lines[0].substring(9), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    statuses);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
