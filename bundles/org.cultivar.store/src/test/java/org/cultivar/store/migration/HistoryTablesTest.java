package org.cultivar.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTablesTest {

    @Test
    void theTableIsNamedAfterTheOwner() {
        assertThat(HistoryTables.forOwner("org.cultivar.schedule.guangzhou.rent"))
                .isEqualTo("schema_history_org_cultivar_schedule_guangzhou_rent");
        assertThat(HistoryTables.forOwner("Org.Cultivar-Audit")).isEqualTo("schema_history_org_cultivar_audit");
    }

    @Test
    void longNamesFitPostgresqlAndStayDistinct() {
        String a = HistoryTables.forOwner("org.cultivar.schedule.guangzhou.technology.innovation.catalogue.a");
        String b = HistoryTables.forOwner("org.cultivar.schedule.guangzhou.technology.innovation.catalogue.b");

        assertThat(a).hasSize(HistoryTables.MAXIMUM_LENGTH).matches("[a-z0-9_]+");
        assertThat(b).hasSize(HistoryTables.MAXIMUM_LENGTH).isNotEqualTo(a);
    }
}
