package org.cultivar.subsidy.payments;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.payment.PaymentOrder;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemIdentification2Choice;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemMemberIdentification2;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericOrganisationIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.OrganisationIdentification29;
import com.prowidesoftware.swift.model.mx.dic.OrganisationIdentificationSchemeName1Choice;
import com.prowidesoftware.swift.model.mx.dic.Party38Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;

/**
 * A checked {@link PaymentOrder} as a Prowide pain.001.001.09 model: one payment information
 * block (one payer account, one execution date) holding every credit transfer in order.
 */
final class Pain001Document {

    /** Mainland banks read times in Beijing time; China keeps no daylight saving, so the offset is always +08:00. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** ISO 20022 external clearing system code of the China National Advanced Payment System. */
    private static final String CNAPS = "CNAPS";
    /** Proprietary scheme name for the Unified Social Credit Code that identifies a payee firm. */
    private static final String CREDIT_CODE_SCHEME = "USCC";
    private static final String CURRENCY = "CNY";

    private Pain001Document() {
    }

    /** @param total the control sum {@link PaymentOrderCheck} computed */
    static MxPain00100109 of(PaymentOrder order, Money total) {
        String count = Integer.toString(order.instructions().size());
        GroupHeader85 header = new GroupHeader85()
                .setMsgId(order.messageId())
                .setCreDtTm(OffsetDateTime.ofInstant(order.createdAt().truncatedTo(ChronoUnit.SECONDS), BEIJING))
                .setNbOfTxs(count)
                .setCtrlSum(total.yuan())
                .setInitgPty(new PartyIdentification135().setNm(order.initiatingParty()));
        PaymentInstruction30 payment = new PaymentInstruction30()
                .setPmtInfId(order.messageId())
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setNbOfTxs(count)
                .setCtrlSum(total.yuan())
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(order.executionDate()))
                .setDbtr(new PartyIdentification135().setNm(order.payer().accountName()))
                .setDbtrAcct(account(order.payer()))
                .setDbtrAgt(agent(order.payer()));
        for (PaymentInstruction instruction : order.instructions()) {
            payment.getCdtTrfTxInf().add(transfer(instruction));
        }
        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09().setGrpHdr(header);
        initiation.getPmtInf().add(payment);
        return new MxPain00100109().setCstmrCdtTrfInitn(initiation);
    }

    private static CreditTransferTransaction34 transfer(PaymentInstruction instruction) {
        CreditTransferTransaction34 transfer = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(instruction.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setValue(instruction.amount().yuan()).setCcy(CURRENCY)))
                .setCdtrAgt(agent(instruction.account()))
                .setCdtr(new PartyIdentification135().setNm(instruction.payeeName()).setId(new Party38Choice()
                        .setOrgId(new OrganisationIdentification29())))
                .setCdtrAcct(account(instruction.account()));
        transfer.getCdtr().getId().getOrgId().getOthr().add(new GenericOrganisationIdentification1()
                .setId(instruction.payee().value())
                .setSchmeNm(new OrganisationIdentificationSchemeName1Choice().setPrtry(CREDIT_CODE_SCHEME)));
        if (instruction.remittance() != null && !instruction.remittance().isBlank()) {
            RemittanceInformation16 remittance = new RemittanceInformation16();
            remittance.getUstrd().add(instruction.remittance());
            transfer.setRmtInf(remittance);
        }
        return transfer;
    }

    private static CashAccount38 account(BankAccount account) {
        return new CashAccount38()
                .setId(new AccountIdentification4Choice().setOthr(new GenericAccountIdentification1()
                        .setId(AccountNumber.normalised(account.accountNumber()))))
                .setCcy(CURRENCY)
                .setNm(account.accountName());
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(BankAccount account) {
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(new FinancialInstitutionIdentification18()
                .setClrSysMmbId(new ClearingSystemMemberIdentification2()
                        .setClrSysId(new ClearingSystemIdentification2Choice().setCd(CNAPS))
                        .setMmbId(account.cnapsCode()))
                .setNm(account.bankName()));
    }
}
