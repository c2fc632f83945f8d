package org.cultivar.store.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationException;

class PoolTuningServiceTest {

    @Test
    void noConfigurationMeansTheDefaults() throws Exception {
        assertThat(PoolTuningService.parse(null)).isEqualTo(new PoolTuning(10, 5_000));
    }

    @Test
    void numbersMayArriveAsNumbersOrAsText() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("maximumPoolSize", 4);
        properties.put("connectionTimeout", "2500");

        assertThat(PoolTuningService.parse(properties)).isEqualTo(new PoolTuning(4, 2_500));
    }

    @Test
    void aMissingPropertyKeepsItsDefault() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("maximumPoolSize", 3L);

        assertThat(PoolTuningService.parse(properties)).isEqualTo(new PoolTuning(3, 5_000));
    }

    @Test
    void invalidValuesAreRefusedNamingTheProperty() {
        assertRefused("maximumPoolSize", 0);
        assertRefused("maximumPoolSize", "ten");
        assertRefused("maximumPoolSize", 5_000_000_000L);
        assertRefused("connectionTimeout", 100);
    }

    private static void assertRefused(String key, Object value) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        assertThatThrownBy(() -> PoolTuningService.parse(properties))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getProperty()).isEqualTo(key));
    }
}
