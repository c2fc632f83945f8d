package org.cultivar.schedule.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The regional and national schedule features: each names one region, and configures exactly
 * its own schedule bundles by their symbolic names — so that installing a feature configures
 * only what it brings, and removing it deletes only its own configurations.
 */
class ScheduleFeaturesTest {

    private static final Map<String, String> REGION_OF_FEATURE = Map.of(
            "org.cultivar.feature.guangzhou.json", "region:440100",
            "org.cultivar.feature.shenzhen.json", "region:440300",
            "org.cultivar.feature.national.json", "region:100000");

    @Test
    void eachScheduleFeatureConfiguresExactlyItsOwnScheduleBundles() {
        Map<Path, JsonNode> features = FeatureFiles.all();
        REGION_OF_FEATURE.forEach((file, region) -> {
            JsonNode feature = features.entrySet().stream().filter(entry -> entry.getKey().endsWith(file))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("No feature file " + file));
            assertThat(feature.path("categories")).extracting(JsonNode::asText).as(file).containsExactly(region);

            List<String> bundles = new ArrayList<>();
            feature.path("bundles").forEach(bundle -> bundles.add(bundle.path("id").asText().split(":")[1]));
            List<String> pids = new ArrayList<>();
            feature.path("configurations").fieldNames().forEachRemaining(pids::add);
            assertThat(bundles).as(file).allMatch(name -> name.startsWith("org.cultivar.schedule."));
            assertThat(pids).as("%s configures one pid per bundle, named as the bundle", file).containsExactlyElementsOf(bundles);
        });
    }

    @Test
    void componentPropertyTypesReadPropertiesAsDeclarativeServicesNamesThem() {
        Example example = new ConfigurationValues(Map.of("payer.cnapsCode", "102581000013", "bands", "1:2"))
                .as(Example.class);

        assertThat(example.payer_cnapsCode()).isEqualTo("102581000013");
        assertThat(example.bands()).containsExactly("1:2");
        assertThat(example.tax__code()).as("the default").isEqualTo("none");
    }

    @interface Example {
        String payer_cnapsCode();

        String[] bands();

        String tax__code() default "none";
    }
}
