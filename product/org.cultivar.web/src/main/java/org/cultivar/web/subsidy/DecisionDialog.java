package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Asks for the comment of a decision before it is sent. Returning, rejecting and withdrawing
 * need a reason the recorder and the auditor will read; an approval may go without one.
 */
class DecisionDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    DecisionDialog(String title, boolean reasonRequired, SerializableConsumer<String> decided) {
        this(title, null, reasonRequired, decided);
    }

    /** With what is being decided on said above the comment, for a decision on several applications. */
    DecisionDialog(String title, Component summary, boolean reasonRequired, SerializableConsumer<String> decided) {
        setHeaderTitle(title);
        setWidth("32em");
        if (summary != null) {
            add(summary);
        }
        TextArea comment = new TextArea(SubsidyLabels.text(reasonRequired ? "subsidy.decision.reason" : "subsidy.decision.comment"));
        comment.setId("decision-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        add(comment);
        Button confirm = new Button(title, e -> {
            if (reasonRequired && comment.getValue().isBlank()) {
                comment.setErrorMessage(SubsidyLabels.text("subsidy.decision.reasonRequired"));
                comment.setInvalid(true);
                return;
            }
            close();
            decided.accept(comment.getValue().strip());
        });
        confirm.setId("confirm-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), confirm);
    }
}
