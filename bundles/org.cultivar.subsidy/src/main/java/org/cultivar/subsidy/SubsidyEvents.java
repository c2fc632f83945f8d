package org.cultivar.subsidy;

import java.util.Map;

import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Event Admin events under {@value #TOPIC_PREFIX}, posted only after the business transaction
 * commits (DESIGN.md "Audit and events"), so listeners never see what was rolled back. Event
 * Admin is optional: without it nothing is posted and nothing else changes.
 */
@Component(service = SubsidyEvents.class)
public class SubsidyEvents {

    static final String TOPIC_PREFIX = "org/cultivar/subsidy/";

    private final Transactions transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public SubsidyEvents(@Reference Transactions transactions) {
        this.transactions = transactions;
    }

    /** E.g. {@code publish("application/RECORDED", Map.of("id", 7))}. */
    void publish(String topic, Map<String, Object> properties) {
        transactions.afterCommit(() -> {
            EventAdmin admin = eventAdmin;
            if (admin != null) {
                admin.postEvent(new Event(TOPIC_PREFIX + topic, properties));
            }
        });
    }
}
