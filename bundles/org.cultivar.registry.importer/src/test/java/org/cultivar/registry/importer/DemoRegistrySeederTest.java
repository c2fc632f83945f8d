package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.junit.jupiter.api.Test;

/** Demo seeding: one transaction, one audit entry, by the system actor, and only once. */
class DemoRegistrySeederTest {

    private final FakeBatchWriter writer = new FakeBatchWriter();
    private final FakeAuditTrail audit = new FakeAuditTrail();
    private final FakeTransactions transactions = new FakeTransactions(writer, audit);
    private final DemoRegistrySeeder seeder = new DemoRegistrySeeder(writer, transactions, audit, null);

    @Test
    void seedsOnceAsDemoDataOfTheSystem() {
        SyntheticRegistry registry = new SyntheticRegistry(3, 1_200);

        assertThat(seeder.seed(registry)).isTrue();
        assertThat(seeder.seed(registry)).as("a second start finds the demo in place").isFalse();

        assertThat(transactions.commits).isEqualTo(2);
        assertThat(writer.committed).hasSize(1_200);
        assertThat(writer.committed.values()).allMatch(held -> held.operation().equals(RegistryBatchWriter.DEMO_OPERATION));
        assertThat(writer.writeSizes).containsExactly(1_000, 200, 1_000, 200, 1_000, 200);
        assertThat(audit.committed).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("registry.demo-seeded");
            assertThat(event.actor()).isSameAs(Actor.SYSTEM);
            assertThat(event.after()).contains("\"enterprises\":1200");
        });
    }
}
