package org.cultivar.subsidy.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;

class Pain001Test {

    private final PaymentFiles files = new PaymentFiles();

    @Test
    void threeLineOrderCarriesTheRightControlSumPayerAndPayees() throws Exception {
        byte[] file = files.pain001(Orders.threeLines());

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">")
                .contains("<Nm>广州精工智造科技有限公司</Nm>");
        Document xml = parse(file);
        assertThat(value(xml, "/d:Document/d:CstmrCdtTrfInitn/d:GrpHdr/d:MsgId")).isEqualTo("GZ-2026-000017");
        assertThat(value(xml, "//d:GrpHdr/d:CreDtTm")).isEqualTo("2026-03-02T09:30:15+08:00");
        assertThat(value(xml, "//d:GrpHdr/d:NbOfTxs")).isEqualTo("3");
        assertThat(value(xml, "//d:GrpHdr/d:CtrlSum")).isEqualTo("3500000.50");
        assertThat(value(xml, "//d:PmtInf/d:CtrlSum")).isEqualTo("3500000.50");
        assertThat(value(xml, "//d:PmtInf/d:ReqdExctnDt/d:Dt")).isEqualTo("2026-03-05");
        assertThat(value(xml, "//d:PmtInf/d:Dbtr/d:Nm")).isEqualTo("广州市工业和信息化局");
        assertThat(value(xml, "//d:PmtInf/d:DbtrAcct/d:Id/d:Othr/d:Id")).isEqualTo("4402215009040000123");
        assertThat(value(xml, "//d:PmtInf/d:DbtrAgt/d:FinInstnId/d:ClrSysMmbId/d:ClrSysId/d:Cd")).isEqualTo("CNAPS");
        assertThat(value(xml, "//d:PmtInf/d:DbtrAgt/d:FinInstnId/d:ClrSysMmbId/d:MmbId")).isEqualTo("102581000013");

        String first = "//d:CdtTrfTxInf[1]";
        assertThat(value(xml, first + "/d:PmtId/d:EndToEndId")).isEqualTo("GZ-E2E-1");
        assertThat(value(xml, first + "/d:Amt/d:InstdAmt")).isEqualTo("2000000.00");
        assertThat(value(xml, first + "/d:Amt/d:InstdAmt/@Ccy")).isEqualTo("CNY");
        assertThat(value(xml, first + "/d:Cdtr/d:Nm")).isEqualTo("广州精工智造科技有限公司");
        assertThat(value(xml, first + "/d:Cdtr/d:Id/d:OrgId/d:Othr/d:Id")).isEqualTo("91440112MA5C1234XN");
        assertThat(value(xml, first + "/d:CdtrAcct/d:Id/d:Othr/d:Id")).isEqualTo("6222021234567890");
        assertThat(value(xml, first + "/d:CdtrAgt/d:FinInstnId/d:ClrSysMmbId/d:MmbId")).isEqualTo("105581000123");
        assertThat(value(xml, first + "/d:CdtrAgt/d:FinInstnId/d:Nm")).isEqualTo("中国建设银行广州天河支行");
        assertThat(value(xml, first + "/d:RmtInf/d:Ustrd")).isEqualTo("专精特新培育奖励 GZ-CULT-2026-0001");
        assertThat(value(xml, "//d:CdtTrfTxInf[3]/d:Amt/d:InstdAmt")).isEqualTo("0.50");
    }

    @Test
    void prowideReadsTheFileBackToTheSameValues() {
        MxPain00100109 read = MxPain00100109.parse(new String(files.pain001(Orders.threeLines()), StandardCharsets.UTF_8));

        PaymentInstruction30 payment = read.getCstmrCdtTrfInitn().getPmtInf().get(0);
        assertThat(read.getCstmrCdtTrfInitn().getGrpHdr().getCtrlSum()).isEqualByComparingTo(new BigDecimal("3500000.50"));
        assertThat(payment.getCdtTrfTxInf()).extracting(transfer -> transfer.getCdtr().getNm())
                .containsExactly("广州精工智造科技有限公司", "深圳小巨人电子股份有限公司", "Pearl River Robotics Co., Ltd.");
        CreditTransferTransaction34 second = payment.getCdtTrfTxInf().get(1);
        assertThat(second.getAmt().getInstdAmt().getValue()).isEqualByComparingTo("1500000.00");
        assertThat(second.getCdtrAcct().getNm()).isEqualTo("深圳小巨人电子股份有限公司");
    }

    @Test
    void theSameOrderGivesTheSameBytes() {
        byte[] first = files.pain001(Orders.threeLines());

        assertThat(new PaymentFiles().pain001(Orders.threeLines())).isEqualTo(first);
        assertThat(files.pain001(Orders.threeLines())).isEqualTo(first);
    }

    @Test
    void writesAnOrderOfTenThousandTransfers() throws Exception {
        byte[] file = files.pain001(Orders.withLines(10_000));

        Document xml = parse(file);
        assertThat(((NodeList) xpath().evaluate("//d:CdtTrfTxInf", xml, XPathConstants.NODESET)).getLength()).isEqualTo(10_000);
        // amounts are 1000.01 … 1100.00 yuan: 10,000 × 1000 + (1 + … + 10,000) fen
        assertThat(value(xml, "//d:GrpHdr/d:CtrlSum")).isEqualTo("10500050.00");
        assertThat(value(xml, "//d:GrpHdr/d:NbOfTxs")).isEqualTo("10000");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String value(Document xml, String path) throws Exception {
        return xpath().evaluate(path, xml);
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new SingleNamespace("d", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"));
        return xpath;
    }
}
