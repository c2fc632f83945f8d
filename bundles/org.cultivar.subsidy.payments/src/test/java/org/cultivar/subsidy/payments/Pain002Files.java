package org.cultivar.subsidy.payments;

import java.nio.charset.StandardCharsets;

/** Bank status reports as a mainland bank sends them, for the tests. */
final class Pain002Files {

    private Pain002Files() {
    }

    /** A report answering GZ-2026-000017 with the given group status and TxInfAndSts elements. */
    static byte[] report(String groupStatus, String... transactions) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr>
                      <MsgId>ICBC-STS-20260306-01</MsgId>
                      <CreDtTm>2026-03-06T10:00:00+08:00</CreDtTm>
                    </GrpHdr>
                    <OrgnlGrpInfAndSts>
                      <OrgnlMsgId>GZ-2026-000017</OrgnlMsgId>
                      <OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                """ + (groupStatus == null ? "" : "      <GrpSts>" + groupStatus + "</GrpSts>\n") + """
                    </OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts>
                      <OrgnlPmtInfId>GZ-2026-000017</OrgnlPmtInfId>
                """ + String.join("", transactions) + """
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """).getBytes(StandardCharsets.UTF_8);
    }

    static String transaction(String endToEndId, String status) {
        return "<TxInfAndSts><OrgnlEndToEndId>" + endToEndId + "</OrgnlEndToEndId>"
                + (status == null ? "" : "<TxSts>" + status + "</TxSts>") + "</TxInfAndSts>\n";
    }

    static String rejected(String endToEndId, String reasonCode, String information) {
        return "<TxInfAndSts><OrgnlEndToEndId>" + endToEndId + "</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>" + reasonCode
                + "</Cd></Rsn><AddtlInf>" + information + "</AddtlInf></StsRsnInf></TxInfAndSts>\n";
    }

    /** Accepted by the payer's bank on the 5th, sent back by the payee's bank afterwards. */
    static String returned(String endToEndId, String reasonCode, String information) {
        return "<TxInfAndSts><OrgnlEndToEndId>" + endToEndId + "</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>" + reasonCode
                + "</Cd></Rsn><AddtlInf>" + information + "</AddtlInf></StsRsnInf>"
                + "<AccptncDtTm>2026-03-05T09:00:00+08:00</AccptncDtTm></TxInfAndSts>\n";
    }
}
