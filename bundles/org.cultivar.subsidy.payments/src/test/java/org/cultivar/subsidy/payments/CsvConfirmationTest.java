package org.cultivar.subsidy.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.Confirmation;
import org.cultivar.subsidy.api.payment.PaymentStatus;
import org.cultivar.subsidy.api.payment.PaymentStatus.Outcome;
import org.junit.jupiter.api.Test;

class CsvConfirmationTest {

    private final ConfirmationFiles reader = new ConfirmationFiles();

    @Test
    void readsStatusesInAnyColumnOrderWithByteOrderMark() {
        Confirmation confirmation = reader.read("回单.csv", utf8("\uFEFFreason,status,end_to_end_id,reason_code,original_message_id\r\n"
                + ",paid,GZ-E2E-1,,GZ-2026-000017\r\n"
                + "收款账户已销户,FAILED,GZ-E2E-2,AC04,GZ-2026-000017\r\n"
                + "\"户名不符, 已退汇\",Returned,GZ-E2E-3,BE01,GZ-2026-000017\r\n"));

        assertThat(confirmation.originalMessageId()).isEqualTo("GZ-2026-000017");
        assertThat(confirmation.sha256()).hasSize(64);
        assertThat(confirmation.statuses()).containsExactly(
                new PaymentStatus("GZ-E2E-1", Outcome.PAID, null, null),
                new PaymentStatus("GZ-E2E-2", Outcome.FAILED, "AC04", "收款账户已销户"),
                new PaymentStatus("GZ-E2E-3", Outcome.RETURNED, "BE01", "户名不符, 已退汇"));
    }

    @Test
    void withoutTheMessageIdColumnTheFileNamesNoPaymentFile() {
        Confirmation confirmation = reader.read("status.csv", utf8("end_to_end_id,status,reason_code,reason\nGZ-E2E-1,PAID,,\n"));

        assertThat(confirmation.originalMessageId()).isNull();
        assertThat(confirmation.statuses()).singleElement().extracting(PaymentStatus::outcome).isEqualTo(Outcome.PAID);
    }

    @Test
    void refusesUnknownStatusesAndRepeatedTransfersNamingTheLine() {
        assertThatThrownBy(() -> reader.read("status.csv", utf8("end_to_end_id,status,reason_code,reason\n"
                + "GZ-E2E-1,PAID,,\nGZ-E2E-2,ACSC,,\nGZ-E2E-1,FAILED,AC04,\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).containsExactly(
                        FieldProblem.at(3, "status", "须为 PAID、FAILED 或 RETURNED。", "must be PAID, FAILED or RETURNED"),
                        FieldProblem.at(4, "end_to_end_id", "所指转账已在第 2 行给出状态。", "names a transfer already given a status on line 2")));
    }

    @Test
    void refusesAMissingColumnARaggedLineAndMixedPaymentFiles() {
        assertThatThrownBy(() -> reader.read("status.csv", utf8("end_to_end_id,status,reason\nGZ-E2E-1,PAID,\n")))
                .hasMessageContaining("header: has no column \"reason_code\"");
        assertThatThrownBy(() -> reader.read("status.csv", utf8("end_to_end_id,status,reason_code,reason\nGZ-E2E-1,PAID\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::line, FieldProblem::field).containsExactly(tuple(2L, "line")));
        assertThatThrownBy(() -> reader.read("status.csv", utf8("end_to_end_id,status,reason_code,reason,original_message_id\n"
                + "GZ-E2E-1,PAID,,,A\nGZ-E2E-2,PAID,,,B\n"))).hasMessageContaining("line 3, original_message_id");
    }

    @Test
    void clerksReadWhatIsWrongWithTheFileInChinese() {
        InvalidInputException ragged = catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.csv",
                utf8("end_to_end_id,status,reason_code,reason\nGZ-E2E-1,PAID\n")));
        assertThat(ragged.message(true)).isEqualTo("第 2 行，line：有 2 个单元格，而表头有 4 列。");

        InvalidInputException header = catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.csv",
                utf8("end_to_end_id,status,reason\nGZ-E2E-1,PAID,\n")));
        assertThat(header.message(true)).isEqualTo("header：缺少“reason_code”列（应有 end_to_end_id、status、reason_code、reason 列）。");

        byte[] gbk = "end_to_end_id,status,reason_code,reason\nGZ-E2E-1,FAILED,AC04,账户已销户\n".getBytes(Charset.forName("GBK"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.csv", gbk)).message(true))
                .isEqualTo("file：不是 UTF-8 文本；请将银行确认文件另存为“CSV UTF-8”格式。");
    }

    @Test
    void everyProblemOfATerribleFileReadsInChinese() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.csv", utf8(
                "end_to_end_id,status,reason_code,reason,original_message_id\n"
                        + "GZ-E2E-1,PAID,,,A\n"
                        + "GZ-E2E-2,PAID,,,B\n"
                        + ",PAID,,,A\n"
                        + "GZ-E2E-3,SETTLED,,,A\n"
                        + "GZ-E2E-1,FAILED,AC04,,A\n"
                        + "GZ-E2E-4,PAID\n"
                        + "GZ-E2E-5,PAID,,\"" + "x".repeat(1001) + "\",A\n")));

        assertThat(refused.problems()).hasSize(6).allSatisfy(problem -> assertThat(problem.messageZh()).isNotBlank());
    }

    @Test
    void refusesBrokenQuotingAndTextThatIsNotUtf8() {
        assertThatThrownBy(() -> reader.read("status.csv", utf8("end_to_end_id,status,reason_code,reason\nGZ-E2E-1,PAID,,\"unclosed\n")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not readable CSV");
        byte[] gbk = "end_to_end_id,status,reason_code,reason\nGZ-E2E-1,FAILED,AC04,账户已销户\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> reader.read("status.csv", gbk)).hasMessage("file: is not UTF-8 text; save the confirmation as CSV UTF-8");
    }

    @Test
    void refusesAFileWithHeaderOnly() {
        assertThatThrownBy(() -> reader.read("status.csv", utf8("end_to_end_id,status,reason_code,reason\n")))
                .hasMessageContaining("gives no final status");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
