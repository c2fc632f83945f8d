package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void writesFlatObjects() {
        assertThat(AuditJson.object("name", "王小明", "active", true, "attempts", 3, "roles", List.of("CLERK", "AUDITOR"),
                "lockedUntil", null))
                .isEqualTo("{\"name\":\"王小明\",\"active\":true,\"attempts\":3,\"roles\":[\"AUDITOR\",\"CLERK\"],"
                        + "\"lockedUntil\":null}");
    }

    @Test
    void escapesWhatHostileInputCouldUseToForgeStructure() {
        assertThat(AuditJson.object("attempted", "x\",\"reason\":\"ok\\\n\u0000"))
                .isEqualTo("{\"attempted\":\"x\\\",\\\"reason\\\":\\\"ok\\\\\\u000a\\u0000\"}");
    }

    @Test
    void escapesWhatCouldHideOrReorderTextForTheReader() {
        assertThat(AuditJson.object("attempted", "\u202Egnp.exe ad\u200Bmin\u00A0\u0085\u007F\uFFFF 王小明"))
                .isEqualTo("{\"attempted\":\"\\u202egnp.exe ad\\u200bmin\\u00a0\\u0085\\u007f\\uffff 王小明\"}");
    }

    @Test
    void cutsLongValues() {
        String json = AuditJson.object("attempted", "a".repeat(10_240));
        assertThat(json).hasSize("{\"attempted\":\"\"}".length() + AuditJson.MAXIMUM_TEXT + 1).contains("a…\"");
    }
}
