package org.cultivar.subsidy.payments;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.PaymentStatus;
import org.cultivar.subsidy.api.payment.PaymentStatus.Outcome;

/**
 * Reads the CSV form of a bank confirmation: UTF-8 (a byte order mark is allowed), a header
 * naming the columns {@code end_to_end_id}, {@code status}, {@code reason_code} and
 * {@code reason} in any order, and optionally {@code original_message_id}, which must then be
 * the same on every line. Status is PAID, FAILED or RETURNED, in any case. Lines are counted as
 * in a text editor, the header being line 1.
 */
final class ConfirmationCsv {

    private static final String END_TO_END_ID = "end_to_end_id";
    private static final String STATUS = "status";
    private static final String REASON_CODE = "reason_code";
    private static final String REASON = "reason";
    private static final String ORIGINAL_MESSAGE_ID = "original_message_id";
    private static final int LONGEST_CELL = 1_000;

    private ConfirmationCsv() {
    }

    static StatusReport read(byte[] content) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(content)), format)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            for (String required : new String[] {END_TO_END_ID, STATUS, REASON_CODE, REASON}) {
                if (!columns.containsKey(required)) {
                    throw new InvalidInputException("header", "缺少“" + required + "”列（应有 " + END_TO_END_ID + "、" + STATUS + "、"
                            + REASON_CODE + "、" + REASON + " 列）。", "has no column \"" + required + "\" (expected " + END_TO_END_ID
                            + ", " + STATUS + ", " + REASON_CODE + ", " + REASON + ")");
                }
            }
            return statuses(parser, columns.containsKey(ORIGINAL_MESSAGE_ID));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "不是可读取的 CSV 文件（引号未闭合，或列名重复或为空）。",
                    "is not readable CSV (an unclosed quote, or a repeated or empty column name)");
        }
    }

    private static StatusReport statuses(CSVParser parser, boolean hasMessageId) {
        ConfirmedStatuses statuses = new ConfirmedStatuses();
        String originalMessageId = null;
        for (CSVRecord record : parser) {
            long line = parser.getCurrentLineNumber();
            if (!record.isConsistent()) {
                statuses.problem(line, "line", "有 " + record.size() + " 个单元格，而表头有 " + parser.getHeaderNames().size() + " 列。",
                        "has " + record.size() + " cells; the header has " + parser.getHeaderNames().size());
                continue;
            }
            if (Arrays.stream(record.values()).anyMatch(cell -> cell.length() > LONGEST_CELL)) {
                statuses.problem(line, "line", "有单元格超过 " + LONGEST_CELL + " 个字符。",
                        "has a cell longer than " + LONGEST_CELL + " characters");
                continue;
            }
            if (hasMessageId) {
                String messageId = record.get(ORIGINAL_MESSAGE_ID);
                if (originalMessageId == null) {
                    originalMessageId = messageId;
                } else if (!originalMessageId.equals(messageId)) {
                    statuses.problem(line, ORIGINAL_MESSAGE_ID, "与第一行不同：一份银行确认文件只答复一个支付文件。",
                            "differs from the first line's: one confirmation answers one payment file");
                }
            }
            String endToEndId = record.get(END_TO_END_ID);
            if (endToEndId.isEmpty()) {
                statuses.problem(line, END_TO_END_ID, "为空。", "is empty");
                continue;
            }
            Outcome outcome = outcome(record.get(STATUS));
            if (outcome == null) {
                statuses.problem(line, STATUS, "须为 PAID、FAILED 或 RETURNED。", "must be PAID, FAILED or RETURNED");
                continue;
            }
            statuses.add(line, END_TO_END_ID, new PaymentStatus(endToEndId, outcome, blankToNull(record.get(REASON_CODE)),
                    blankToNull(record.get(REASON))));
        }
        return statuses.report(blankToNull(originalMessageId));
    }

    private static Outcome outcome(String status) {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(status.toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Strict UTF-8: a GBK file read as UTF-8 would turn every Chinese reason into question marks unnoticed. */
    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "不是 UTF-8 文本；请将银行确认文件另存为“CSV UTF-8”格式。",
                    "is not UTF-8 text; save the confirmation as CSV UTF-8");
        }
    }
}
