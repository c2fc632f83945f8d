package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartOptionsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"true,true", "TRUE,true", " true ,true", "false,false", "yes,false",
            "1,false", "'',false", "NULL,false"})
    void demoOnlyWhenThePropertyIsTrue(String value, boolean demo) {
        Map<String, String> properties = new HashMap<>();
        properties.put("cultivar.demo", value);
        assertThat(StartOptions.from(properties::get).demo()).isEqualTo(demo);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL,NULL", "'   ',NULL", "' abcdefghijkl ',abcdefghijkl"})
    void setupTokenFromThePropertyWhenGiven(String value, String token) {
        Map<String, String> properties = new HashMap<>();
        properties.put("cultivar.setup.token", value);
        assertThat(StartOptions.from(properties::get).setupToken()).isEqualTo(token);
    }
}
