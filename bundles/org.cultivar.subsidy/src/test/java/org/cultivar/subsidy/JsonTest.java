package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The snapshots' JSON reads back exactly what was written: an approved amount's explanation must not change on the way. */
class JsonTest {

    @Test
    void everyKindOfValueReadsBackAsWritten() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", "广州市某某科技有限公司");
        snapshot.put("quoted", "a \"title\" \\ path\nsecond line\ttab");
        snapshot.put("control", "bell\u0007end");
        snapshot.put("empty", "");
        snapshot.put("amount", new BigDecimal("1500000.00"));
        snapshot.put("negative", new BigDecimal("-0.01"));
        snapshot.put("flags", Arrays.asList(Boolean.TRUE, Boolean.FALSE, null));
        snapshot.put("nested", Map.of("steps", List.of("上限", "500000")));

        Object read = Json.parse(Json.write(snapshot));

        assertThat(read).isEqualTo(snapshot);
        assertThat(((Map<?, ?>) read).get("amount")).isEqualTo(new BigDecimal("1500000.00")).hasToString("1500000.00");
    }

    @Test
    void aDamagedSnapshotIsRefusedWithWhereItBreaks() {
        assertThatThrownBy(() -> Json.parse("{\"a\": \"unterminated"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} trailing"))
                .hasMessageContaining("trailing text");
    }
}
