package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.reports.api.TemplateContribution;
import org.junit.jupiter.api.Test;

/** District over city over province over national over the bundle's default. */
class TemplateChoiceTest {

    private final TemplateContribution national = contribution("notice", RegionCode.NATIONAL);
    private final TemplateContribution guangdong = contribution("notice", Actors.GUANGDONG);
    private final TemplateContribution guangzhou = contribution("notice", Actors.GUANGZHOU);
    private final TemplateContribution tianhe = contribution("notice", Actors.TIANHE);
    private final TemplateContribution otherReport = contribution("batch-list", Actors.TIANHE);
    private final List<TemplateContribution> all = List.of(otherReport, national, tianhe, guangdong, guangzhou);

    @Test
    void theMostSpecificCoveringRegionWins() {
        assertThat(TemplateChoice.mostSpecific(all, "notice", Actors.TIANHE)).contains(tianhe);
        assertThat(TemplateChoice.mostSpecific(all, "notice", RegionCode.of("440104"))).contains(guangzhou);
        assertThat(TemplateChoice.mostSpecific(all, "notice", Actors.SHENZHEN)).contains(guangdong);
        assertThat(TemplateChoice.mostSpecific(all, "notice", RegionCode.of("110105"))).contains(national);
        assertThat(TemplateChoice.mostSpecific(all, "notice", null)).contains(national);
    }

    @Test
    void withoutACoveringContributionTheDefaultIsUsed() {
        assertThat(TemplateChoice.mostSpecific(List.of(guangzhou, otherReport), "notice", Actors.SHENZHEN)).isEmpty();
        assertThat(TemplateChoice.mostSpecific(List.of(), "notice", Actors.TIANHE)).isEmpty();
    }

    private static TemplateContribution contribution(String reportId, RegionCode region) {
        return new TemplateContribution() {
            @Override
            public String reportId() {
                return reportId;
            }

            @Override
            public RegionCode region() {
                return region;
            }

            @Override
            public InputStream openTemplate() {
                throw new UnsupportedOperationException("only chosen here, never compiled");
            }

            @Override
            public String toString() {
                return reportId + "@" + region;
            }
        };
    }
}
