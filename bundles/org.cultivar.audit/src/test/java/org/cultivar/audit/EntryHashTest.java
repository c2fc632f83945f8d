package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.cultivar.core.api.audit.AuditEntry;
import org.junit.jupiter.api.Test;

class EntryHashTest {

    static final AuditEntry ENTRY = new AuditEntry(1, Instant.parse("2025-11-08T02:00:00.123456Z"), "li.clerk", "CLERK",
            "440100", "payout.recorded", "payout", "P-1", "440106", null,
            "{\"amount\":\"1000.00\",\"payee\":\"广州创新\"}", null);

    /**
     * Computed outside Java (Python's hashlib over the form EntryHash documents): every stored
     * chain depends on this form, so a change to it must fail here before it fails in production.
     */
    @Test
    void keepsTheCanonicalFormThatStoredChainsDependOn() {
        assertThat(EntryHash.of(ENTRY, EntryHash.GENESIS))
                .isEqualTo("6d7c0f48bbd6d307cde2aaf3175c64d08676966a03dd17814c6a3d362fe3a964");
    }

    @Test
    void ignoresTheEntrysOwnHash() {
        AuditEntry sealed = withEntityIdAndRegion(ENTRY.entityId(), ENTRY.region(), "f".repeat(64));

        assertThat(EntryHash.of(sealed, EntryHash.GENESIS)).isEqualTo(EntryHash.of(ENTRY, EntryHash.GENESIS));
    }

    @Test
    void tellsFieldBoundariesApart() {
        AuditEntry shifted = withEntityIdAndRegion("P-14", "40106", null);

        assertThat(EntryHash.of(shifted, EntryHash.GENESIS)).isNotEqualTo(EntryHash.of(ENTRY, EntryHash.GENESIS));
    }

    @Test
    void tellsNullFromEmpty() {
        AuditEntry empty = withEntityIdAndRegion("", ENTRY.region(), null);
        AuditEntry missing = withEntityIdAndRegion(null, ENTRY.region(), null);

        assertThat(EntryHash.of(empty, EntryHash.GENESIS)).isNotEqualTo(EntryHash.of(missing, EntryHash.GENESIS));
    }

    @Test
    void dependsOnThePreviousHash() {
        assertThat(EntryHash.of(ENTRY, "a".repeat(64))).isNotEqualTo(EntryHash.of(ENTRY, EntryHash.GENESIS));
    }

    private static AuditEntry withEntityIdAndRegion(String entityId, String region, String hash) {
        return new AuditEntry(ENTRY.sequence(), ENTRY.recordedAt(), ENTRY.actorId(), ENTRY.actorRoles(),
                ENTRY.actorRegion(), ENTRY.action(), ENTRY.entityType(), entityId, region, ENTRY.before(),
                ENTRY.after(), hash);
    }
}
