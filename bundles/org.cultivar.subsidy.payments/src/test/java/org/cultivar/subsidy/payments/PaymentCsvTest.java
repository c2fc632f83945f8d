package org.cultivar.subsidy.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.junit.jupiter.api.Test;

class PaymentCsvTest {

    private final PaymentFiles files = new PaymentFiles();

    @Test
    void writesUtf8WithByteOrderMarkHeaderAndOneLinePerTransfer() throws Exception {
        byte[] file = files.csv(Orders.threeLines());

        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("line,message_id,execution_date,end_to_end_id,payee_credit_code,payee_name,account_number,"
                + "account_name,bank_name,cnaps_code,amount,currency,remittance\r\n");
        List<CSVRecord> lines = records(text);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).values()).containsExactly("1", "GZ-2026-000017", "2026-03-05", "GZ-E2E-1", "91440112MA5C1234XN",
                "广州精工智造科技有限公司", "6222021234567890", "广州精工智造科技有限公司", "中国建设银行广州天河支行", "105581000123", "2000000.00",
                "CNY", "专精特新培育奖励 GZ-CULT-2026-0001");
        assertThat(lines).extracting(line -> line.get("amount")).containsExactly("2000000.00", "1500000.00", "0.50");
        assertThat(lines.get(2).get("payee_name")).isEqualTo("Pearl River Robotics Co., Ltd.");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() throws Exception {
        String[] hostile = {"=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)"};
        for (String name : hostile) {
            String text = new String(files.csv(Orders.withSecondLine(line -> new PaymentInstruction(line.endToEndId(), line.payee(),
                    name, line.account(), line.amount(), name))), StandardCharsets.UTF_8).substring(1);

            CSVRecord second = records(text).get(1);
            assertThat(second.get("payee_name")).as(name).isEqualTo("'" + name);
            assertThat(second.get("remittance")).as(name).isEqualTo("'" + name);
        }
        assertThat(SpreadsheetSafeCell.of("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafeCell.of("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SpreadsheetSafeCell.of("广州 = 好")).isEqualTo("广州 = 好");
    }

    @Test
    void theSameOrderGivesTheSameBytes() {
        assertThat(files.csv(Orders.threeLines())).isEqualTo(files.csv(Orders.threeLines()));
    }

    private static List<CSVRecord> records(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
