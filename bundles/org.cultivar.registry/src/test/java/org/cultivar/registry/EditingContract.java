package org.cultivar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cultivar.registry.RegistryFixture.ADMIN;
import static org.cultivar.registry.RegistryFixture.GD_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.GUANGZHOU;
import static org.cultivar.registry.RegistryFixture.GZ_AUDITOR;
import static org.cultivar.registry.RegistryFixture.GZ_CLERK;
import static org.cultivar.registry.RegistryFixture.GZ_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.MIIT_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.SHENZHEN;
import static org.cultivar.registry.RegistryFixture.SZ_CLERK;
import static org.cultivar.registry.RegistryFixture.TODAY;
import static org.cultivar.registry.RegistryFixture.enterprise;
import static org.cultivar.registry.RegistryFixture.figures;
import static org.cultivar.registry.RegistryFixture.grant;
import static org.cultivar.registry.RegistryFixture.gzCode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.Printable;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Who may change what, and what input is refused (storing nothing) or stored exactly. */
abstract class EditingContract {

    private RegistryFixture fixture;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(database());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void clerksAndOfficialsRecordEnterprisesOfTheirRegionOnly() {
        assertThat(fixture.editor.register(GZ_CLERK, enterprise(gzCode(1), "甲公司", GUANGZHOU)).region()).isEqualTo(GUANGZHOU);
        assertThat(fixture.editor.register(GZ_OFFICIAL, enterprise(gzCode(2), "乙公司", GUANGZHOU))).isNotNull();
        assertThat(fixture.editor.register(GD_OFFICIAL, enterprise(gzCode(3), "丙公司", GUANGZHOU))).isNotNull();
        Map<String, Long> before = fixture.tables();
        for (var actor : new org.cultivar.core.api.security.Actor[] {SZ_CLERK, GZ_AUDITOR, ADMIN}) {
            assertThatThrownBy(() -> fixture.editor.register(actor, enterprise(gzCode(4), "丁公司", GUANGZHOU)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // a Shenzhen clerk can neither correct a Guangzhou enterprise nor record its figures
        assertThatThrownBy(() -> fixture.editor.update(SZ_CLERK, enterprise(gzCode(1), "甲公司改", SHENZHEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.editor.recordFigures(SZ_CLERK, CreditCode.parse(gzCode(1)),
                figures(2025, 10, 5), null)).isInstanceOf(AccessDeniedException.class);
        // nor can a Guangzhou clerk move an enterprise to Shenzhen
        assertThatThrownBy(() -> fixture.editor.update(GZ_CLERK, enterprise(gzCode(1), "甲公司", SHENZHEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.tables()).isEqualTo(before);
    }

    @Test
    void titlesNeedAnOfficialWithTheLevelsScope() {
        CreditCode code = fixture.registered(1, "甲公司");
        for (var actor : new org.cultivar.core.api.security.Actor[] {GZ_CLERK, GZ_AUDITOR, ADMIN, GZ_OFFICIAL}) {
            assertThatThrownBy(() -> fixture.editor.grant(actor, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, null)))
                    .as("%s", actor.userId()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.LITTLE_GIANT, TODAY, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("national scope");
        assertThat(fixture.editor.grant(MIIT_OFFICIAL, grant(code.value(), Tier.LITTLE_GIANT, TODAY, null))).isNotNull();
        assertThat(fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, null))).isNotNull();
    }

    @Test
    void everyReaderRoleReadsButAnAdministratorAloneDoesNot() {
        CreditCode code = fixture.registered(1, "甲公司");
        for (var actor : new org.cultivar.core.api.security.Actor[] {GZ_CLERK, SZ_CLERK, GZ_AUDITOR, GZ_OFFICIAL}) {
            assertThat(fixture.directory.search(actor, EnterpriseQuery.ALL, 0, 10)).hasSize(1);
            assertThat(fixture.directory.profile(actor, code).enterprise().nameZh()).isEqualTo("甲公司");
        }
        assertThatThrownBy(() -> fixture.directory.search(ADMIN, EnterpriseQuery.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.oversight.exceptions(GZ_CLERK, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.worklist.items(SZ_CLERK, 30, GUANGZHOU, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCorrectionIsAuditedWithBeforeAndAfter() {
        fixture.registered(1, "甲公司");
        fixture.audit.clear();
        Enterprise after = fixture.editor.update(GZ_CLERK, new EnterpriseInput(gzCode(1), null, "甲科技公司", "Jia Tech",
                "440100", Sector.NEW_MATERIALS, "某集团"));
        assertThat(after.subsidiary()).isTrue();
        assertThat(fixture.audit.events("enterprise.updated")).singleElement().satisfies(event -> {
            assertThat(event.before()).contains("甲公司");
            assertThat(event.after()).contains("甲科技公司", "某集团");
            assertThat(event.region()).isEqualTo("440100");
        });
        assertThat(fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText("科技"), 0, 10)).hasSize(1);
        assertThat(fixture.directory.profile(GZ_CLERK, CreditCode.parse(gzCode(1))).redFlags()).hasSize(1);
    }

    @Test
    void aFailingCheckCharacterNeedsAnOverrideThatIsStoredAndAudited() {
        String good = gzCode(7);
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> fixture.editor.register(GZ_CLERK, enterprise(bad, "早期试点公司", GUANGZHOU)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("check character");
        fixture.editor.register(GZ_CLERK, new EnterpriseInput(bad.toLowerCase(), "pilot code issued 2015, confirmed by AIC",
                "早期试点公司", null, "440100", Sector.OTHER, null));
        assertThat(fixture.audit.actions()).containsExactly("enterprise.registered", "enterprise.check-overridden");
        assertThat(fixture.directory.profile(GZ_CLERK, CreditCode.overridingCheck(bad)).checkOverrideReason())
                .startsWith("pilot code");
    }

    @TestFactory
    Stream<DynamicTest> badInputNamesTheFieldAndStoresNothing() {
        String code = gzCode(1);
        Map<String, EnterpriseInput> enterprises = Map.of(
                "creditCode", enterprise("91440100MA59", "甲", GUANGZHOU),
                "creditCode ", enterprise(code.substring(0, 17) + "I", "甲", GUANGZHOU),
                "nameZh", enterprise(code, " ", GUANGZHOU),
                "nameZh  ", enterprise(code, "甲".repeat(201), GUANGZHOU),
                "nameZh   ", enterprise(code, "甲\u0000乙", GUANGZHOU),
                "regionCode", enterprise(code, "甲", org.cultivar.core.api.security.RegionCode.of("999999")),
                "sector", new EnterpriseInput(code, null, "甲", null, "440100", null, null));
        Stream<DynamicTest> registrations = enterprises.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey().strip() + " " + Printable.of(entry.getValue().nameZh()), () -> assertRefused(entry.getKey().strip(),
                        () -> fixture.editor.register(GZ_CLERK, entry.getValue()))));
        Map<String, YearlyFigures> figures = Map.of(
                "employees", new YearlyFigures(2025, -1, null, null, null, null, null, null, null, null, null, null, null, null, null),
                "revenue", new YearlyFigures(2025, null, null, Money.ofYuan(BigDecimal.valueOf(-5)), null, null, null, null, null, null, null, null, null, null, null),
                "marketSharePercent", new YearlyFigures(2025, null, null, null, null, null, null, null, null, null, null, null, new BigDecimal("100.5"), null, null),
                "fiscalYear", new YearlyFigures(1999, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                "mainBusinessRevenue", new YearlyFigures(2025, null, null, Money.ofYuan(BigDecimal.TEN), Money.ofYuan(BigDecimal.valueOf(11)), null, null, null, null, null, null, null, null, null, null));
        Stream<DynamicTest> figureTests = figures.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            fixture.registeredIfAbsent(2);
            assertRefused(entry.getKey(), () -> fixture.editor.recordFigures(GZ_CLERK, CreditCode.parse(gzCode(2)), entry.getValue(), null));
        }));
        Stream<DynamicTest> grants = Stream.of(
                DynamicTest.dynamicTest("grantDate in the future", () -> {
                    fixture.registeredIfAbsent(2);
                    assertRefused("grantDate", () -> fixture.editor.grant(GD_OFFICIAL, grant(gzCode(2), Tier.SPECIALIZED_SME, TODAY.plusDays(1), null)));
                }),
                DynamicTest.dynamicTest("validUntil before grantDate", () -> {
                    fixture.registeredIfAbsent(2);
                    assertRefused("validUntil", () -> fixture.editor.grant(GD_OFFICIAL, new org.cultivar.registry.api.TitleGrant(gzCode(2),
                            Tier.SPECIALIZED_SME, null, "广东省工业和信息化厅", null, TODAY, TODAY.minusDays(1), null, null)));
                }));
        return Stream.of(registrations, figureTests, grants).flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicTest> hostileNamesAreRefusedClearlyOrStoredExactly() {
        int[] next = {100};
        return HostileInputs.dynamicTests(hostile -> {
            String code = gzCode(next[0]++);
            Map<String, Long> before = fixture.tables();
            Throwable thrown = catchThrowable(() -> fixture.editor.register(GZ_CLERK, enterprise(code, hostile.value(), GUANGZHOU)));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) thrown).problems()).extracting(p -> p.field()).containsExactly("nameZh");
                assertThat(Printable.isOneShortLine(thrown.getMessage())).as(Printable.of(thrown.getMessage(), 300)).isTrue();
                assertThat(fixture.tables()).isEqualTo(before);
            } else {
                Enterprise stored = fixture.directory.profile(GZ_CLERK, CreditCode.parse(code)).enterprise();
                assertThat(stored.nameZh()).isEqualTo(hostile.value().strip());
                assertThat(fixture.audit.events("enterprise.registered").get(fixture.audit.events("enterprise.registered").size() - 1)
                        .after().codePoints().allMatch(Printable::visible)).isTrue();
            }
        });
    }

    private void assertRefused(String field, Runnable call) {
        Map<String, Long> before = fixture.tables();
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).extracting(p -> p.field()).contains(field);
        assertThat(Printable.isOneShortLine(thrown.getMessage())).as(thrown.getMessage()).isTrue();
        assertThat(fixture.tables()).isEqualTo(before);
    }
}
