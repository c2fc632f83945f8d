package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableRunnable;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;

/** Sets a schedule's appropriation for the year; the reason goes into the audit trail with it. */
class AppropriationDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class Appropriation {
        Money amount;
        String reason = "";
    }

    AppropriationDialog(Budgets budgets, Actor actor, BudgetPosition position, SerializableRunnable saved) {
        setHeaderTitle(SubsidyLabels.text("subsidy.budget.appropriate.title", position.scheduleId(), position.fiscalYear()));
        setWidth("32em");
        TextField amount = new TextField(SubsidyLabels.text("subsidy.budget.appropriation"));
        amount.setId("appropriation-amount");
        amount.setHelperText(SubsidyLabels.text("subsidy.budget.appropriation.help", SubsidyLabels.money(position.committed()
                .plus(position.disbursed()))));
        TextArea reason = new TextArea(SubsidyLabels.text("subsidy.budget.reason"));
        reason.setId("appropriation-reason");
        reason.setWidthFull();
        Binder<Appropriation> binder = new Binder<>();
        binder.forField(amount).asRequired(SubsidyLabels.text("subsidy.budget.amountRequired")).withConverter(new MoneyConverter())
                .bind(a -> a.amount, (a, v) -> a.amount = v);
        binder.forField(reason).asRequired(SubsidyLabels.text("subsidy.budget.reasonRequired")).bind(a -> a.reason, (a, v) -> a.reason = v);
        Appropriation form = new Appropriation();
        form.amount = position.appropriation();
        binder.setBean(form);
        add(amount, reason);
        FieldProblems problems = new FieldProblems().field("appropriation", amount).field("reason", reason);
        Button save = new Button(SubsidyLabels.text("subsidy.budget.appropriate"), e -> {
            if (binder.validate().isOk()) {
                Refusals.obtain(() -> budgets.appropriate(actor, position.scheduleId(), position.fiscalYear(), form.amount,
                        form.reason.strip()), problems).ifPresent(done -> {
                            close();
                            saved.run();
                        });
            }
        });
        save.setId("save-appropriation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), save);
    }
}
