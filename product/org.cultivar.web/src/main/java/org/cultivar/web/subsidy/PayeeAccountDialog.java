package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PayeeAccounts;

/**
 * Records the account a clerk verified from the bank's account certificate. The engine checks
 * every field; its messages land on the fields they name.
 */
class PayeeAccountDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    PayeeAccountDialog(PayeeAccounts accounts, Actor actor, CreditCode enterprise, Runnable recorded) {
        setHeaderTitle(SubsidyLabels.text("subsidy.payee.dialog", enterprise.value()));
        setWidth("36em");
        TextField name = field("payee-account-name", "subsidy.payee.accountName");
        TextField number = field("payee-account-number", "subsidy.payee.accountNumber");
        number.setHelperText(SubsidyLabels.text("subsidy.payee.accountNumber.help"));
        TextField bank = field("payee-bank-name", "subsidy.payee.bankName");
        TextField cnaps = field("payee-cnaps", "subsidy.payee.cnaps");
        cnaps.setHelperText(SubsidyLabels.text("subsidy.payee.cnaps.help"));
        FormLayout form = new FormLayout(name, number, bank, cnaps);
        add(new Paragraph(SubsidyLabels.text("subsidy.payee.dialog.help")), form);
        FieldProblems problems = new FieldProblems().field("accountName", name).field("accountNumber", number)
                .field("bankName", bank).field("cnapsCode", cnaps);
        Button save = new Button(SubsidyLabels.text("subsidy.payee.save"), e -> {
            // digits are often copied with spaces in groups of four; the engine wants them without
            BankAccount account = new BankAccount(number.getValue().replace(" ", ""), name.getValue(), bank.getValue(),
                    cnaps.getValue().strip());
            Refusals.obtain(() -> accounts.verify(actor, enterprise, account), problems).ifPresent(verified -> {
                Refusals.success(SubsidyLabels.text("subsidy.payee.saved"));
                close();
                recorded.run();
            });
        });
        save.setId("save-payee-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), save);
    }

    private static TextField field(String id, String label) {
        TextField field = new TextField(SubsidyLabels.text(label));
        field.setId(id);
        field.setWidthFull();
        return field;
    }
}
