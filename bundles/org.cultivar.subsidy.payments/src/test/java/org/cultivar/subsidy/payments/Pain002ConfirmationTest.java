package org.cultivar.subsidy.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.Confirmation;
import org.cultivar.subsidy.api.payment.PaymentStatus;
import org.cultivar.subsidy.api.payment.PaymentStatus.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pain002ConfirmationTest {

    private final ConfirmationFiles reader = new ConfirmationFiles();

    @Test
    void mapsSettledRejectedAndReturnedTransfers() throws Exception {
        byte[] file = Pain002Files.report("PART",
                Pain002Files.transaction("GZ-E2E-1", "ACSC"),
                Pain002Files.transaction("GZ-E2E-2", "ACCC"),
                Pain002Files.rejected("GZ-E2E-3", "AC04", "收款账户已销户"),
                Pain002Files.returned("GZ-E2E-4", "BE01", "户名与账号不符，已退汇"));

        Confirmation confirmation = reader.read("status.xml", file);

        assertThat(confirmation.originalMessageId()).isEqualTo("GZ-2026-000017");
        assertThat(confirmation.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
        assertThat(confirmation.statuses()).containsExactly(
                new PaymentStatus("GZ-E2E-1", Outcome.PAID, null, null),
                new PaymentStatus("GZ-E2E-2", Outcome.PAID, null, null),
                new PaymentStatus("GZ-E2E-3", Outcome.FAILED, "AC04", "收款账户已销户"),
                new PaymentStatus("GZ-E2E-4", Outcome.RETURNED, "BE01", "户名与账号不符，已退汇"));
    }

    @Test
    void aTransferWithoutItsOwnStatusTakesTheGroupStatus() {
        Confirmation confirmation = reader.read("status.xml", Pain002Files.report("ACSC",
                Pain002Files.transaction("GZ-E2E-1", null), Pain002Files.transaction("GZ-E2E-2", "RJCT")));

        assertThat(confirmation.statuses()).extracting(PaymentStatus::outcome).containsExactly(Outcome.PAID, Outcome.FAILED);
    }

    @Test
    void transfersStillOnTheirWayGetNoStatus() {
        Confirmation confirmation = reader.read("status.xml", Pain002Files.report("ACTC",
                Pain002Files.transaction("GZ-E2E-1", "ACSP"), Pain002Files.transaction("GZ-E2E-2", "ACSC")));

        assertThat(confirmation.statuses()).extracting(PaymentStatus::endToEndId).containsExactly("GZ-E2E-2");
    }

    @Test
    void refusesAnUnknownStatus() {
        assertProblem(Pain002Files.report("PART", Pain002Files.transaction("GZ-E2E-1", "ACSC"),
                Pain002Files.transaction("GZ-E2E-2", "PAID")), 2, "TxSts");
        assertProblem(Pain002Files.report("XXXX", Pain002Files.transaction("GZ-E2E-1", "ACSC")), 0, "GrpSts");
    }

    @Test
    void refusesATransferNamedTwice() {
        assertThatThrownBy(() -> reader.read("status.xml", Pain002Files.report("PART", Pain002Files.transaction("GZ-E2E-1", "ACSC"),
                Pain002Files.transaction("GZ-E2E-1", "RJCT"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).containsExactly(
                        FieldProblem.at(2, "OrgnlEndToEndId", "所指转账已在第 1 行给出状态。", "names a transfer already given a status on line 1")));
    }

    @Test
    void refusesAReportWithoutAnyFinalStatus() {
        assertProblem(Pain002Files.report("RJCT"), 0, "file");
        assertProblem(Pain002Files.report("ACTC", Pain002Files.transaction("GZ-E2E-1", null)), 0, "file");
    }

    @Test
    void refusesAnExternalEntity(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "database password");
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "%s">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><GrpHdr><MsgId>&secret;</MsgId>
                </GrpHdr></CstmrPmtStsRpt></Document>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> reader.read("status.xml", attack.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE").hasMessageNotContaining("password");
    }

    @Test
    void refusesEntityExpansion() {
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">&lol2;</Document>
                """;

        assertThatThrownBy(() -> reader.read("status.xml", billionLaughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesMalformedXmlNamingTheLine() {
        byte[] broken = "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\">\n<CstmrPmtStsRpt>\n</Document>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("status.xml", broken)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.message()).startsWith("is not well-formed XML");
                }));
    }

    @Test
    void refusesAStatementOrAPaymentFileGivenAsConfirmation() {
        byte[] statement = new String(Pain002Files.report("ACSC", Pain002Files.transaction("GZ-E2E-1", "ACSC")), StandardCharsets.UTF_8)
                .replace("pain.002.001.10", "camt.053.001.08").getBytes(StandardCharsets.UTF_8);
        byte[] paymentFile = new PaymentFiles().pain001(Orders.threeLines());

        assertThatThrownBy(() -> reader.read("statement.xml", statement))
                .hasMessage("file: is an ISO 20022 camt.053.001.08 message, not a pain.002.001.10 payment status report");
        assertThatThrownBy(() -> reader.read("GZ-2026-000017.xml", paymentFile))
                .hasMessage("file: is an ISO 20022 pain.001.001.09 message, not a pain.002.001.10 payment status report");
        assertThatThrownBy(() -> reader.read("page.xml", "<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("XML file of another kind");
    }

    @Test
    void clerksReadWhatIsWrongWithTheFileInChinese() {
        byte[] paymentFile = new PaymentFiles().pain001(Orders.threeLines());
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read("GZ-2026-000017.xml", paymentFile)).message(true))
                .isEqualTo("file：为 ISO 20022 pain.001.001.09 报文，不是 pain.002.001.10 支付状态报告。");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.xml", Pain002Files.report("PART",
                Pain002Files.transaction("GZ-E2E-1", "ACSC"), Pain002Files.transaction("GZ-E2E-2", "PAID")))).message(true))
                .isEqualTo("第 2 行，TxSts：“PAID” 不是系统可识别的支付状态（ACSC、ACCC、RJCT 或处理中的状态）。");
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document>\n<Document/>";
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.xml",
                doctype.getBytes(StandardCharsets.UTF_8))).problems()).singleElement().extracting(FieldProblem::messageZh)
                .isEqualTo("声明了 DOCTYPE；银行确认文件无需 DOCTYPE，为防止展开或获取任何实体，予以拒绝。");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read("status.xml", new byte[0])).message(true))
                .isEqualTo("file：内容为空。");
    }

    @Test
    void refusesAReportThatDoesNotNameThePaymentFile() {
        byte[] anonymous = new String(Pain002Files.report("ACSC", Pain002Files.transaction("GZ-E2E-1", "ACSC")), StandardCharsets.UTF_8)
                .replace("<OrgnlMsgId>GZ-2026-000017</OrgnlMsgId>", "").getBytes(StandardCharsets.UTF_8);

        assertProblem(anonymous, 0, "OrgnlGrpInfAndSts/OrgnlMsgId");
    }

    @Test
    void refusesEmptyAndOversizeFiles() {
        assertThatThrownBy(() -> reader.read("status.xml", new byte[0])).hasMessage("file: is empty");
        byte[] oversize = new byte[ConfirmationFiles.MAXIMUM_BYTES + 1];
        oversize[0] = '<';

        assertThatThrownBy(() -> reader.read("status.xml", oversize)).hasMessageContaining("at most 64 MB");
    }

    private void assertProblem(byte[] file, long line, String field) {
        assertThatThrownBy(() -> reader.read("status.xml", file)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::line, FieldProblem::field)
                        .contains(tuple(line, field)));
    }
}
