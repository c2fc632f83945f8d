package org.cultivar.subsidy.payments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.payment.PaymentOrder;

/**
 * The order as CSV for banks and treasuries that take a spreadsheet: UTF-8 with a byte order
 * mark (without it Excel on a Chinese Windows reads the names as GBK), a header, one line per
 * credit transfer, CRLF line ends, amounts as plain decimals with two places.
 */
final class PaymentCsv {

    static final String[] HEADER = {"line", "message_id", "execution_date", "end_to_end_id", "payee_credit_code", "payee_name",
        "account_number", "account_name", "bank_name", "cnaps_code", "amount", "currency", "remittance"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PaymentCsv() {
    }

    static byte[] write(PaymentOrder order) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + order.instructions().size() * 256);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\r\n").get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // before the printer, which writes the header as soon as it is made
            writer.write(BYTE_ORDER_MARK);
            print(order, new CSVPrinter(writer, format));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void print(PaymentOrder order, CSVPrinter printer) throws IOException {
        try (printer) {
            int line = 0;
            for (PaymentInstruction instruction : order.instructions()) {
                line++;
                printer.printRecord(Integer.toString(line),
                        SpreadsheetSafeCell.of(order.messageId()),
                        order.executionDate().toString(),
                        SpreadsheetSafeCell.of(instruction.endToEndId()),
                        instruction.payee().value(),
                        SpreadsheetSafeCell.of(instruction.payeeName()),
                        AccountNumber.normalised(instruction.account().accountNumber()),
                        SpreadsheetSafeCell.of(instruction.account().accountName()),
                        SpreadsheetSafeCell.of(instruction.account().bankName()),
                        instruction.account().cnapsCode(),
                        instruction.amount().yuan().toPlainString(),
                        "CNY",
                        SpreadsheetSafeCell.of(instruction.remittance()));
            }
        }
    }
}
