package org.cultivar.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cultivar.core.api.platform.ConfigurationOwnedException;
import org.cultivar.core.api.platform.ConfigurationOwner;
import org.junit.jupiter.api.Test;

class ConfigurationOwnersTest {

    private static final long HOST = 0;
    private static final long ENGINE = 42;
    private static final String SCHEDULE = "org.cultivar.schedule.guangzhou.rent";

    private final ConfigurationOwners owners = new ConfigurationOwners();

    ConfigurationOwnersTest() {
        owners.add(new ConfigurationOwner() {
            @Override
            public boolean owns(String pid) {
                return SCHEDULE.equals(pid);
            }

            @Override
            public String whereToChange() {
                return "a dated change with a reason under Subsidies → Schedules";
            }
        }, ENGINE);
    }

    @Test
    void anOwnedConfigurationIsRefusedToOtherBundlesNamingWhereToChangeIt() {
        assertThatThrownBy(() -> owners.requireMayUpdate(SCHEDULE, HOST)).isInstanceOf(ConfigurationOwnedException.class)
                .hasMessageContaining(SCHEDULE).hasMessageContaining("Subsidies → Schedules").hasMessageContaining("Nothing was changed");
    }

    @Test
    void theOwnersBundleMayUpdateIt() {
        assertThatCode(() -> owners.requireMayUpdate(SCHEDULE, ENGINE)).doesNotThrowAnyException();
    }

    @Test
    void configurationsNoOneOwnsStayOpenToEveryone() {
        assertThatCode(() -> owners.requireMayUpdate("org.cultivar.store", HOST)).doesNotThrowAnyException();
    }
}
