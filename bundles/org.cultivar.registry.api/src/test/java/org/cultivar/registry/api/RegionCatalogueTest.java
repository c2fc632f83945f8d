package org.cultivar.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.RegionCatalogue.Region;
import org.junit.jupiter.api.Test;

class RegionCatalogueTest {

    private static final List<String> GUANGDONG_CITIES = List.of("440100", "440200", "440300", "440400", "440500",
            "440600", "440700", "440800", "440900", "441200", "441300", "441400", "441500", "441600", "441700", "441800",
            "441900", "442000", "445100", "445200", "445300");

    private final RegionCatalogue catalogue = RegionCatalogue.standard();

    @Test
    void everyCodeIsSixDigitsAndUniqueAndNamed() {
        List<Region> all = catalogue.all();
        Set<String> seen = new HashSet<>();
        assertThat(all).allSatisfy(region -> {
            assertThat(region.code().code()).matches("\\d{6}");
            assertThat(seen.add(region.code().code())).as("duplicate %s", region.code()).isTrue();
            assertThat(region.nameZh()).isNotBlank();
            assertThat(region.nameEn()).isNotBlank();
        });
        assertThat(catalogue.name(RegionCode.NATIONAL, true)).isEqualTo("全国");
    }

    @Test
    void all34ProvincialDivisionsArePresent() {
        List<Region> provinces = catalogue.all().stream().filter(region -> region.code().isProvince()).toList();
        assertThat(provinces).hasSize(34);
        assertThat(provinces).extracting(region -> region.code().code()).contains("110000", "310000", "440000",
                "710000", "810000", "820000", "650000");
    }

    @Test
    void everyCityAndDistrictFollowsItsProvinceAndCity() {
        Set<String> before = new HashSet<>();
        for (Region region : catalogue.all()) {
            String code = region.code().code();
            if (!region.code().isNational() && !region.code().isProvince()) {
                assertThat(before).as("province of %s listed before it", code).contains(code.substring(0, 2) + "0000");
                boolean municipalityDistrict = code.substring(2, 4).equals("01") && List.of("11", "12", "31", "50")
                        .contains(code.substring(0, 2));
                if (!region.code().isCity() && !municipalityDistrict) {
                    assertThat(before).as("city of %s listed before it", code).contains(code.substring(0, 4) + "00");
                }
            }
            before.add(code);
        }
    }

    @Test
    void guangdongHasAllTwentyOneCitiesWithinIt() {
        RegionCode guangdong = RegionCode.of("440000");
        List<String> within = catalogue.within(guangdong).stream().map(region -> region.code().code()).toList();

        assertThat(within).containsAll(GUANGDONG_CITIES);
        assertThat(catalogue.within(guangdong).stream().filter(region -> region.code().isCity())).hasSize(21);
        assertThat(catalogue.name(RegionCode.of("440300"), false)).isEqualTo("Shenzhen");
    }

    @Test
    void citiesOfJiangsuAndZhejiangAndDistrictsOfTheMunicipalities() {
        assertThat(catalogue.within(RegionCode.of("320000")).stream().filter(region -> region.code().isCity())).hasSize(13);
        assertThat(catalogue.within(RegionCode.of("330000")).stream().filter(region -> region.code().isCity())).hasSize(11);
        assertThat(catalogue.within(RegionCode.of("110000"))).hasSize(17);
        assertThat(catalogue.within(RegionCode.of("310000"))).hasSize(17);
        assertThat(catalogue.within(RegionCode.of("440100"))).hasSize(12);
        assertThat(catalogue.within(RegionCode.of("440300"))).extracting(region -> region.code().code())
                .contains("440303", "440309", "440311");
    }
}
