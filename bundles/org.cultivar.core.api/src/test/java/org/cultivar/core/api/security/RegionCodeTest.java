package org.cultivar.core.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    private static final RegionCode GUANGDONG = RegionCode.of("440000");
    private static final RegionCode GUANGZHOU = RegionCode.of("440100");
    private static final RegionCode TIANHE = RegionCode.of("440106");
    private static final RegionCode SHENZHEN = RegionCode.of("440300");

    @Test
    void aProvinceCoversItsCitiesAndDistricts() {
        assertThat(GUANGDONG.covers(GUANGZHOU)).isTrue();
        assertThat(GUANGDONG.covers(TIANHE)).isTrue();
        assertThat(GUANGDONG.covers(RegionCode.of("320100"))).isFalse();
    }

    @Test
    void aCityCoversItsDistrictsButNotItsNeighbour() {
        assertThat(GUANGZHOU.covers(TIANHE)).isTrue();
        assertThat(GUANGZHOU.covers(SHENZHEN)).isFalse();
        assertThat(GUANGZHOU.covers(GUANGDONG)).isFalse();
    }

    @Test
    void nationalScopeCoversEverything() {
        assertThat(RegionCode.NATIONAL.covers(TIANHE)).isTrue();
        assertThat(GUANGDONG.covers(RegionCode.NATIONAL)).isFalse();
    }

    @Test
    void rejectsCodesThatAreNotSixDigits() {
        assertThatThrownBy(() -> RegionCode.of("4401")).hasMessageContaining("six digits");
        assertThatThrownBy(() -> RegionCode.of("44010x")).hasMessageContaining("44010x");
    }
}
