package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.cultivar.subsidy.api.process.BulkDecision;

/**
 * What a decision on several applications did: how many were decided and, for each one the
 * engine refused, its reason. With refusals the notice stays until closed, so the list can be read.
 */
final class BulkOutcomeNotice {

    /** The refusals listed one by one; the rest are counted. */
    static final int LISTED = 20;

    private BulkOutcomeNotice() {
    }

    static void show(BulkDecision result) {
        if (result.refused().isEmpty()) {
            Refusals.success(SubsidyLabels.text("subsidy.bulk.decided", result.decided().size()));
            return;
        }
        Paragraph summary = new Paragraph(SubsidyLabels.text("subsidy.bulk.outcome", result.decided().size(), result.refused().size()));
        summary.setId("bulk-outcome");
        UnorderedList refusals = new UnorderedList();
        refusals.setId("bulk-refusals");
        result.refused().stream().limit(LISTED).forEach(refused -> refusals.add(new ListItem(SubsidyLabels.text("subsidy.bulk.refused",
                String.valueOf(refused.applicationId()), SubsidyLabels.text("subsidy.bulk.refusal." + refused.refusal().name()), SubsidyLabels.of(refused.reasonText())))));
        if (result.refused().size() > LISTED) {
            refusals.add(new ListItem(SubsidyLabels.text("subsidy.bulk.more", result.refused().size() - LISTED)));
        }
        Notification notice = new Notification();
        notice.setPosition(Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        Button close = new Button(SubsidyLabels.text("subsidy.bulk.close"), e -> notice.close());
        close.setId("close-bulk-outcome");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notice.add(new Div(summary, refusals, close));
        notice.open();
    }
}
