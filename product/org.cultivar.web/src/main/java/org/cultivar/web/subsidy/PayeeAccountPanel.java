package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PayeeAccounts;
import org.cultivar.subsidy.api.payment.VerifiedAccount;

/**
 * Where an enterprise's subsidies are paid: the verified account, who verified it and when,
 * the earlier ones, and for clerks a way to record a new one. Without a verified account every
 * payout to the enterprise is held, so the panel says that plainly.
 */
public final class PayeeAccountPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient PayeeAccounts accounts;
    private final Actor actor;
    private final CreditCode enterprise;

    private PayeeAccountPanel(PayeeAccounts accounts, Actor actor, CreditCode enterprise) {
        this.accounts = accounts;
        this.actor = actor;
        this.enterprise = enterprise;
        setId("payee-account");
        setPadding(false);
        setSpacing(false);
        refresh();
    }

    /** The panel, or nothing while the payout engine is not running. */
    public static Optional<Component> of(Actor actor, CreditCode enterprise) {
        return SubsidyServices.find(PayeeAccounts.class).map(accounts -> new PayeeAccountPanel(accounts, actor, enterprise));
    }

    private void refresh() {
        removeAll();
        List<VerifiedAccount> history = Refusals.obtain(() -> accounts.history(actor, enterprise)).orElse(List.of());
        Optional<VerifiedAccount> current = history.stream().filter(VerifiedAccount::current).findFirst();
        if (current.isPresent()) {
            Paragraph shown = new Paragraph(describe(current.get().account()));
            shown.setId("payee-account-current");
            Span verified = new Span(SubsidyLabels.text("subsidy.payee.verified", current.get().verifiedBy(),
                    SubsidyLabels.time(current.get().verifiedAt())));
            verified.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(shown, verified);
        } else {
            Paragraph none = new Paragraph(SubsidyLabels.text("subsidy.payee.none"));
            none.setId("payee-account-none");
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            add(none);
        }
        List<VerifiedAccount> earlier = history.stream().filter(account -> !account.current()).toList();
        if (!earlier.isEmpty()) {
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            earlier.forEach(account -> list.add(new Span(describe(account.account()) + " · " + SubsidyLabels.text(
                    "subsidy.payee.replaced", account.verifiedBy(), SubsidyLabels.time(account.verifiedAt()),
                    SubsidyLabels.time(account.supersededAt())))));
            Details details = new Details(SubsidyLabels.text("subsidy.payee.history", earlier.size()), list);
            details.setId("payee-account-history");
            add(details);
        }
        if (actor.has(Role.CLERK)) {
            Button record = new Button(SubsidyLabels.text(current.isPresent() ? "subsidy.payee.replace" : "subsidy.payee.record"),
                    e -> new PayeeAccountDialog(accounts, actor, enterprise, this::refresh).open());
            record.setId("record-payee-account");
            add(record);
        }
    }

    private static String describe(BankAccount account) {
        return account.accountName() + " · " + account.accountNumber() + " · " + account.bankName() + " · "
                + SubsidyLabels.text("subsidy.payee.cnaps") + " " + account.cnapsCode();
    }
}
