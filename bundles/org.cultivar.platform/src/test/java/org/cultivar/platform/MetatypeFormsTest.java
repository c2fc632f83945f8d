package org.cultivar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class MetatypeFormsTest {

    private static AttributeDefinition attribute(String id, int type, int cardinality, String max) {
        return new AttributeDefinition() {
            public String getName() { return id.toUpperCase(); }
            public String getID() { return id; }
            public String getDescription() { return ""; }
            public int getCardinality() { return cardinality; }
            public int getType() { return type; }
            public String[] getOptionValues() { return null; }
            public String[] getOptionLabels() { return null; }
            public String validate(String value) {
                return max != null && Long.parseLong(value) > Long.parseLong(max) ? "greater than " + max : "";
            }
            public String[] getDefaultValue() { return null; }
        };
    }

    private final AttributeDefinition[] definitions = {
        attribute("count", AttributeDefinition.INTEGER, 0, "10"),
        attribute("name", AttributeDefinition.STRING, 0, null),
        attribute("codes", AttributeDefinition.LONG, 5, null),
        attribute("enabled", AttributeDefinition.BOOLEAN, 0, null)
    };

    @Test
    void convertsTextToTypedValuesIncludingLists() {
        Map<String, String> errors = new HashMap<>();
        Map<String, Object> values = MetatypeForms.convert(definitions, List.of(),
                Map.of("count", " 7 ", "name", "广州", "codes", "440100, 440300", "enabled", "true"), errors);
        assertThat(errors).isEmpty();
        assertThat(values).containsEntry("count", 7).containsEntry("name", "广州").containsEntry("enabled", true);
        assertThat((Long[]) values.get("codes")).containsExactly(440100L, 440300L);
    }

    @Test
    void collectsEveryErrorByFieldAndConvertsNothingForThem() {
        Map<String, String> errors = new HashMap<>();
        Map<String, Object> values = MetatypeForms.convert(definitions, List.of("name"),
                Map.of("count", "many", "name", "  ", "codes", "1,x", "enabled", "yes"), errors);
        assertThat(errors).containsOnlyKeys("count", "name", "codes", "enabled");
        assertThat(errors.get("count")).isEqualTo("COUNT: \"many\" is not a whole number");
        assertThat(errors.get("name")).isEqualTo("NAME is required");
        assertThat(errors.get("enabled")).contains("neither true nor false");
        assertThat(values).isEmpty();
    }

    @Test
    void appliesTheMetatypeValidation() {
        Map<String, String> errors = new HashMap<>();
        MetatypeForms.convert(definitions, List.of(), Map.of("count", "11"), errors);
        assertThat(errors).containsEntry("count", "COUNT: greater than 10");
    }
}
