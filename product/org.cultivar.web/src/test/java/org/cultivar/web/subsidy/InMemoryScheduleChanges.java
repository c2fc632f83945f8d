package org.cultivar.web.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationField;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.process.ScheduleChange;
import org.cultivar.subsidy.api.process.ScheduleChanges;

/**
 * The engine's dated schedule changes for the fixtures' one Guangzhou schedule, with the engine's
 * role and region checks and its refusal of a missing reason; every accepted change is kept.
 */
final class InMemoryScheduleChanges implements ScheduleChanges {

    final List<ScheduleChange> proposed = new CopyOnWriteArrayList<>();
    private final Map<String, String> inForce = new TreeMap<>(Map.of("rate", "10", "window.opens", "", "window.closes", ""));

    @Override
    public ConfigurableComponent configuration(Actor actor, String scheduleId) {
        requireRegion(actor);
        return new ConfigurableComponent("org.cultivar.schedule.guangzhou.investment", "技改投资奖励 / Investment award", "",
                "org.cultivar.schedule.guangzhou.investment", List.of(
                        field("rate", "奖励比例（%）/ Rate (%)", true), field("window.opens", "受理开始 / Applications open", false),
                        field("window.closes", "受理截止 / Applications close", false)));
    }

    private ConfigurationField field(String id, String name, boolean required) {
        return new ConfigurationField(id, name, "", "STRING", false, required, List.of(), "", inForce.get(id));
    }

    @Override
    public ScheduleChange propose(Actor actor, String scheduleId, LocalDate effectiveOn, Map<String, String> values, String reason) {
        if (!actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedException("This needs the role official.");
        }
        requireRegion(actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required");
        }
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        values.forEach((key, value) -> {
            if (!value.equals(inForce.get(key))) {
                before.put(key, inForce.get(key));
                after.put(key, value);
            }
        });
        boolean today = !effectiveOn.isAfter(SubsidyLabels.today());
        if (today) {
            inForce.putAll(after);
        }
        ScheduleChange change = new ScheduleChange(proposed.size() + 1, scheduleId, SubsidyFixtures.GUANGZHOU, effectiveOn, reason,
                new TreeMap<>(before), new TreeMap<>(after), actor.userId(), Instant.now(), today ? Instant.now() : null, null);
        proposed.add(change);
        return change;
    }

    @Override
    public ScheduleChange cancel(Actor actor, long changeId, String reason) {
        if (!actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedException("This needs the role official.");
        }
        requireRegion(actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required");
        }
        ScheduleChange change = proposed.stream().filter(c -> c.id() == changeId).findFirst()
                .orElseThrow(() -> new InvalidInputException("change", "there is no schedule change " + changeId));
        if (!change.pending()) {
            throw new InvalidInputException("change", "is not waiting");
        }
        ScheduleChange cancelled = new ScheduleChange(change.id(), change.scheduleId(), change.region(), change.effectiveOn(),
                change.reason(), change.before(), change.after(), change.proposedBy(), change.proposedAt(), null,
                new ScheduleChange.Cancellation(actor.userId(), Instant.now(), reason));
        proposed.set(proposed.indexOf(change), cancelled);
        return cancelled;
    }

    @Override
    public List<ScheduleChange> history(Actor actor, String scheduleId) {
        requireRegion(actor);
        return List.copyOf(proposed);
    }

    private static void requireRegion(Actor actor) {
        if (!actor.scope().covers(SubsidyFixtures.GUANGZHOU)) {
            throw new AccessDeniedException("Your region " + actor.scope() + " does not cover region 440100.");
        }
    }
}
