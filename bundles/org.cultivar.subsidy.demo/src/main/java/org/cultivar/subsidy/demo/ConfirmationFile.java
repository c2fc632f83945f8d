package org.cultivar.subsidy.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bank's answer to a CSV payment file, as the demo's pretend bank writes it: every payment
 * paid except the end-to-end ids named as failed. Built from the payment file itself, so that the
 * confirmation goes through the same matching as a real one.
 */
final class ConfirmationFile {

    private ConfirmationFile() {
    }

    /** @param failedPayoutIds payouts the bank reports as failed (account closed) */
    static byte[] answer(byte[] paymentCsv, Set<Long> failedPayoutIds) {
        List<String> lines = new String(paymentCsv, StandardCharsets.UTF_8).replace("\uFEFF", "").lines()
                .filter(line -> !line.isBlank()).toList();
        List<String> header = cells(lines.get(0));
        int messageId = column(header, "message_id");
        int endToEndId = column(header, "end_to_end_id");
        StringBuilder out = new StringBuilder("original_message_id,end_to_end_id,status,reason_code,reason\r\n");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            String id = cells.get(endToEndId);
            boolean failed = failedPayoutIds.contains(payoutId(id));
            out.append(cells.get(messageId)).append(',').append(id).append(',')
                    .append(failed ? "FAILED,AC04,Account closed (demo)" : "PAID,,").append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The payout an end-to-end id names: the engine's ids are a prefix and the payout id. */
    static long payoutId(String endToEndId) {
        return Long.parseLong(endToEndId.replaceAll("^\\D+", ""));
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("the payment file has no column " + name);
        }
        return index;
    }

    /** RFC 4180 cells of one line; the payment file has no line breaks inside cells. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
