package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    static final AuditEvent VALID = AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1");

    @Test
    void acceptsAnEventWithOnlyTheRequiredFields() {
        assertThatCode(() -> EventRules.check(VALID)).doesNotThrowAnyException();
        assertThatCode(() -> EventRules.check(AuditEvent.of(Actors.GUANGZHOU_CLERK, "signin.failed", "user", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void namesTheFieldThatIsMissing() {
        assertRefused(null, "missing");
        assertRefused(new AuditEvent(null, "a", "b", "c", null, null, null), "no actor");
        assertRefused(AuditEvent.of(new Actor(" ", "x", Set.of(), RegionCode.NATIONAL), "a", "b", "c"), "'actor id'");
        assertRefused(AuditEvent.of(Actors.GUANGZHOU_CLERK, null, "payout", "P-1"), "'action'");
        assertRefused(AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "", "P-1"), "'entity type'");
    }

    @Test
    void namesTheFieldThatIsTooLong() {
        assertRefused(AuditEvent.of(Actors.GUANGZHOU_CLERK, "a".repeat(101), "payout", "P-1"), "'action' has 101 characters");
        assertRefused(AuditEvent.of(Actors.GUANGZHOU_CLERK, "a", "payout", "P".repeat(201)), "'entity id'");
        assertRefused(VALID.withChange("s".repeat(EventRules.MAXIMUM_STATE_LENGTH + 1), null), "'before'");
    }

    @Test
    void refusesARegionThatIsNotAGbT2260Code() {
        assertRefused(VALID.withRegion("Guangzhou"), "'region'");
        assertRefused(VALID.withRegion("44010"), "'region'");
    }

    @Test
    void refusesTextThatWouldNotBeStoredAsHashed() {
        assertRefused(VALID.withChange(null, "a\0b"), "'after'");
        assertRefused(VALID.withChange("\uD83D", null), "'before'");     // high surrogate at the end
        assertRefused(VALID.withChange("x\uDE00y", null), "'before'");   // low surrogate alone
        assertThatCode(() -> EventRules.check(VALID.withChange("\uD83D\uDE00", "广州"))).doesNotThrowAnyException();
    }

    private static void assertRefused(AuditEvent event, String message) {
        assertThatThrownBy(() -> EventRules.check(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
