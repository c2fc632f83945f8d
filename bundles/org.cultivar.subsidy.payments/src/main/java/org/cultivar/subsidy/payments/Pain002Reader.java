package org.cultivar.subsidy.payments;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.payment.PaymentStatus;
import org.cultivar.subsidy.api.payment.PaymentStatus.Outcome;
import org.w3c.dom.Element;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;

/**
 * Reads an ISO 20022 {@code pain.002.001.10} customer payment status report into statuses.
 *
 * <p>A transaction without a status of its own takes its payment information's, and that one
 * the group's, as ISO 20022 defines. ACSC and ACCC mean paid, RJCT failed; a transfer rejected
 * after the bank had accepted it (it carries an acceptance time, AccptncDtTm) was sent back by
 * the payee's bank and counts as returned, because pain.002 has no status code of its own for a
 * return. Reasons come from the nearest StsRsnInf: its code (Cd or Prtry) and its additional
 * information. Problems name the transaction's position in the file as the line.
 *
 * <p>The file is parsed by {@link SecureXml} first: Prowide's own reader ignores the namespace,
 * so the message type is checked here, and a camt.053 or a pain.001 is refused by name.
 */
final class Pain002Reader {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";
    private static final Pattern ISO_MESSAGE_NAME = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3}\\.\\d{3}\\.\\d{2})");

    private Pain002Reader() {
    }

    static StatusReport read(byte[] content) {
        Element root = SecureXml.parse(content).getDocumentElement();
        if (!"Document".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            BilingualText kind = describe(root);
            throw new InvalidInputException("file", kind.zh() + "，不是 pain.002.001.10 支付状态报告。",
                    "is " + kind.en() + ", not a pain.002.001.10 payment status report");
        }
        AbstractMX message = BundleClassLoader.around(() -> AbstractMX.parse(root));
        if (!(message instanceof MxPain00200110 pain002) || pain002.getCstmrPmtStsRpt() == null) {
            throw new InvalidInputException("CstmrPmtStsRpt", "缺失：文件中没有支付状态报告。",
                    "is missing: the file holds no payment status report");
        }
        return statuses(pain002.getCstmrPmtStsRpt());
    }

    private static StatusReport statuses(CustomerPaymentStatusReportV10 report) {
        OriginalGroupHeader17 group = report.getOrgnlGrpInfAndSts();
        if (group == null || group.getOrgnlMsgId() == null || group.getOrgnlMsgId().isBlank()) {
            throw new InvalidInputException("OrgnlGrpInfAndSts/OrgnlMsgId", "缺失：报告未说明答复的是哪一个支付文件。",
                    "is missing: the report does not say which payment file it answers");
        }
        ConfirmedStatuses statuses = new ConfirmedStatuses();
        checkCode(statuses, 0, "GrpSts", group.getGrpSts());
        long transaction = 0;
        for (OriginalPaymentInstruction32 payment : report.getOrgnlPmtInfAndSts()) {
            String paymentStatus = payment.getPmtInfSts() != null ? payment.getPmtInfSts() : group.getGrpSts();
            checkCode(statuses, 0, "PmtInfSts", payment.getPmtInfSts());
            List<StatusReasonInformation12> paymentReasons = payment.getStsRsnInf().isEmpty() ? group.getStsRsnInf() : payment.getStsRsnInf();
            for (PaymentTransaction105 entry : payment.getTxInfAndSts()) {
                transaction++;
                add(statuses, transaction, entry, paymentStatus, paymentReasons);
            }
        }
        return statuses.report(group.getOrgnlMsgId());
    }

    private static void add(ConfirmedStatuses statuses, long transaction, PaymentTransaction105 entry, String inheritedStatus,
                            List<StatusReasonInformation12> inheritedReasons) {
        String endToEndId = entry.getOrgnlEndToEndId();
        if (endToEndId == null || endToEndId.isBlank()) {
            statuses.problem(transaction, "OrgnlEndToEndId", "缺失：无法将该状态对应到任何一笔转账。",
                    "is missing: the status cannot be matched to a transfer");
            return;
        }
        String code = entry.getTxSts() != null ? entry.getTxSts() : inheritedStatus;
        if (code == null) {
            statuses.problem(transaction, "TxSts", "缺失，且付款信息和报文组均未给出状态。",
                    "is missing, and neither the payment information nor the group gives one");
            return;
        }
        Optional<TransactionStatusCode> status = TransactionStatusCode.of(code);
        if (status.isEmpty()) {
            unknown(statuses, transaction, "TxSts", code);
            return;
        }
        Optional<Outcome> outcome = status.get().outcome();
        if (outcome.isEmpty()) {
            return;
        }
        Outcome reported = outcome.get() == Outcome.FAILED && entry.getAccptncDtTm() != null ? Outcome.RETURNED : outcome.get();
        List<StatusReasonInformation12> reasons = entry.getStsRsnInf().isEmpty() ? inheritedReasons : entry.getStsRsnInf();
        statuses.add(transaction, "OrgnlEndToEndId", new PaymentStatus(endToEndId, reported, reasonCode(reasons), reasonText(reasons)));
    }

    private static void checkCode(ConfirmedStatuses statuses, long line, String field, String code) {
        if (code != null && TransactionStatusCode.of(code).isEmpty()) {
            unknown(statuses, line, field, code);
        }
    }

    private static void unknown(ConfirmedStatuses statuses, long line, String field, String code) {
        String shown = (code.length() > 4 ? code.substring(0, 4) + "…" : code).replaceAll("[^A-Za-z0-9]", "?");
        statuses.problem(line, field, "“" + shown + "” 不是系统可识别的支付状态（ACSC、ACCC、RJCT 或处理中的状态）。",
                "\"" + shown + "\" is not a payment status Cultivar knows (ACSC, ACCC, RJCT, or a pending one)");
    }

    private static String reasonCode(List<StatusReasonInformation12> reasons) {
        if (reasons == null || reasons.isEmpty() || reasons.get(0).getRsn() == null) {
            return null;
        }
        StatusReason6Choice reason = reasons.get(0).getRsn();
        return reason.getCd() != null ? reason.getCd() : reason.getPrtry();
    }

    private static String reasonText(List<StatusReasonInformation12> reasons) {
        if (reasons == null || reasons.isEmpty() || reasons.get(0).getAddtlInf().isEmpty()) {
            return null;
        }
        return String.join(" ", reasons.get(0).getAddtlInf());
    }

    /** Names the message a foreign file is, when it says so through an ISO 20022 namespace. */
    private static BilingualText describe(Element root) {
        String namespace = root.getNamespaceURI();
        if (namespace != null) {
            Matcher iso = ISO_MESSAGE_NAME.matcher(namespace);
            if (iso.matches()) {
                return BilingualText.of("为 ISO 20022 " + iso.group(1) + " 报文", "an ISO 20022 " + iso.group(1) + " message");
            }
        }
        return BilingualText.of("为其他类型的 XML 文件（其根元素不是 ISO 20022 pain.002 的 Document）",
                "an XML file of another kind (its root element is not an ISO 20022 pain.002 Document)");
    }
}
