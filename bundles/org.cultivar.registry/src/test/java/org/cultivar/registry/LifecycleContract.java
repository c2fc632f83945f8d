package org.cultivar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.registry.RegistryFixture.GD_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.GZ_CLERK;
import static org.cultivar.registry.RegistryFixture.MIIT_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.TODAY;
import static org.cultivar.registry.RegistryFixture.figures;
import static org.cultivar.registry.RegistryFixture.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegistryEditor.DecisionOutcome;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.TitleTransition;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Titles from grant to their end: every legal transition, every illegal one refused, and what they prove when. */
abstract class LifecycleContract {

    private RegistryFixture fixture;
    private CreditCode code;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(database());
        code = fixture.registered(1, "广州精密机械有限公司");
        fixture.audit.clear();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aGrantIsActiveFromItsGrantDateForThreeYearsLessADay() {
        Title title = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusDays(10), null));

        assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
        assertThat(title.validUntil()).isEqualTo(TODAY.minusDays(10).plusYears(3).minusDays(1));
        assertThat(history(title)).extracting(TitleTransition::from, TitleTransition::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, TitleStatus.GRANTED),
                org.assertj.core.groups.Tuple.tuple(TitleStatus.GRANTED, TitleStatus.ACTIVE));
        assertThat(fixture.audit.actions()).containsExactly("title.granted");
        assertThat(fixture.directory.search(GZ_CLERK, org.cultivar.registry.api.EnterpriseQuery.ALL, 0, 10).get(0).highestTier())
                .isEqualTo(Tier.SPECIALIZED_SME);
    }

    @Test
    void theSweepMakesTitlesDueThenExpiresThemTheDayAfterTheirLastDay() {
        Title title = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, null));
        fixture.clock.setDay(title.validUntil().minusDays(181));
        assertThat(fixture.sweep.run()).isEmpty();
        fixture.clock.setDay(title.validUntil().minusDays(180));
        assertThat(fixture.sweep.run()).containsEntry(TitleStatus.DUE_FOR_REEVALUATION, 1);
        fixture.clock.setDay(title.validUntil());
        fixture.sweep.run();
        assertThat(status(title)).isEqualTo(TitleStatus.DUE_FOR_REEVALUATION);
        fixture.clock.setDay(title.validUntil().plusDays(1));
        assertThat(fixture.sweep.run()).containsEntry(TitleStatus.EXPIRED, 1);

        Title expired = reload(title);
        assertThat(expired.status()).isEqualTo(TitleStatus.EXPIRED);
        assertThat(expired.endedOn()).isEqualTo(title.validUntil().plusDays(1));
        assertThat(history(title).get(history(title).size() - 1).actorId()).isEqualTo(Actor.SYSTEM.userId());
        assertThat(history(title)).extracting(TitleTransition::reason).as("worded like an official's reasons, for the timeline and the summary")
                .contains("已到认定日期", "有效期将在180天内届满", "有效期届满，未作复核决定");
        assertThat(fixture.audit.actions()).contains("title.lifecycle-swept");
        assertThat(fixture.registry.titleProving(code, Tier.SPECIALIZED_SME, title.validUntil())).isPresent();
        assertThat(fixture.registry.titleProving(code, Tier.SPECIALIZED_SME, title.validUntil().plusDays(1))).isEmpty();
    }

    @Test
    void aRenewalExtendsByTheTiersValidityAndProvesTheTierOnAfterTheOldEnd() {
        Title title = dueTitle();
        Title renewed = fixture.editor.decide(GD_OFFICIAL, decision(title, TitleDecision.Kind.RENEW, null, null));

        assertThat(renewed.status()).isEqualTo(TitleStatus.RENEWED);
        assertThat(renewed.validUntil()).isEqualTo(title.validUntil().plusYears(3));
        assertThat(fixture.registry.titleProving(code, Tier.SPECIALIZED_SME, title.validUntil().plusDays(30)))
                .map(Title::id).contains(title.id());
        assertThat(fixture.audit.actions()).contains("title.renewed");
    }

    @Test
    void titlesGrantedBetweenTwoDaysOfATierOrHigherAreListedOldestFirst() {
        Title specialized = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        Title promoted = fixture.editor.decide(MIIT_OFFICIAL, new TitleDecision(specialized.id(), TitleDecision.Kind.PROMOTE,
                TODAY.minusDays(5), "selected in batch 7", Tier.LITTLE_GIANT, null, null));

        assertThat(fixture.registry.grantedBetween(Tier.LITTLE_GIANT, TODAY.minusDays(30), TODAY)).extracting(Title::id)
                .containsExactly(promoted.id());
        assertThat(fixture.registry.grantedBetween(Tier.SPECIALIZED_SME, TODAY.minusYears(1), TODAY.minusDays(5)))
                .extracting(Title::id).as("both ends inclusive, whatever the status now").containsExactly(specialized.id(), promoted.id());
        assertThat(fixture.registry.grantedBetween(Tier.MANUFACTURING_CHAMPION, TODAY.minusYears(2), TODAY)).isEmpty();
        assertThat(fixture.registry.grantedBetween(Tier.SPECIALIZED_SME, TODAY.minusDays(4), TODAY)).isEmpty();
    }

    @Test
    void aPromotionEndsTheTitleAndGrantsItsSuccessor() {
        Title title = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        Title successor = fixture.editor.decide(MIIT_OFFICIAL, new TitleDecision(title.id(), TitleDecision.Kind.PROMOTE,
                TODAY.minusDays(1), "selected in batch 7", Tier.LITTLE_GIANT, null, null));

        assertThat(successor.tier()).isEqualTo(Tier.LITTLE_GIANT);
        assertThat(successor.predecessorId()).isEqualTo(title.id());
        assertThat(successor.status()).isEqualTo(TitleStatus.ACTIVE);
        assertThat(reload(title).status()).isEqualTo(TitleStatus.PROMOTED);
        assertThat(reload(title).endedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(fixture.registry.titleProving(code, Tier.SPECIALIZED_SME, TODAY.minusDays(2))).map(Title::id).contains(title.id());
        assertThat(fixture.registry.titleProving(code, Tier.SPECIALIZED_SME, TODAY)).map(Title::id).contains(successor.id());
        assertThat(fixture.registry.titles(code)).hasSize(2);
    }

    @Test
    void aSuccessorTitleNamesItsOwnAuthorityAndBatch() {
        Title specialized = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        Title giant = fixture.editor.decide(MIIT_OFFICIAL, new TitleDecision(specialized.id(), TitleDecision.Kind.PROMOTE,
                TODAY.minusDays(10), "selected in batch 7", Tier.LITTLE_GIANT, null, null, null, "第七批专精特新“小巨人”"));

        assertThat(giant.authority()).as("a national title is the ministry's, not the province's").isEqualTo("工业和信息化部");
        assertThat(giant.batch()).isEqualTo("第七批专精特新“小巨人”");

        Title dueGiant = fixture.editor.grant(MIIT_OFFICIAL, grant(fixture.registered(2, "广州智能传感有限公司").value(), Tier.LITTLE_GIANT,
                TODAY.minusYears(3).plusDays(100), null));
        assertThatThrownBy(() -> fixture.editor.decide(MIIT_OFFICIAL, new TitleDecision(dueGiant.id(), TitleDecision.Kind.DEMOTE,
                TODAY, "re-evaluation 2026", Tier.SPECIALIZED_SME, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("authority");
        assertThat(fixture.registry.titles(dueGiant.enterprise())).as("nothing changed").singleElement()
                .extracting(Title::status).isEqualTo(TitleStatus.DUE_FOR_REEVALUATION);
        Title demoted = fixture.editor.decide(MIIT_OFFICIAL, new TitleDecision(dueGiant.id(), TitleDecision.Kind.DEMOTE,
                TODAY, "re-evaluation 2026", Tier.SPECIALIZED_SME, null, null, "广东省工业和信息化厅", null));
        assertThat(demoted.authority()).isEqualTo("广东省工业和信息化厅");
        assertThat(demoted.batch()).isNull();
    }

    @Test
    void promotionMustGoUpAndDemotionDown() {
        Title title = dueTitle();
        assertThatThrownBy(() -> fixture.editor.decide(MIIT_OFFICIAL, decision(title, TitleDecision.Kind.PROMOTE,
                Tier.INNOVATIVE_SME, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("newTier");
        assertThatThrownBy(() -> fixture.editor.decide(MIIT_OFFICIAL, decision(title, TitleDecision.Kind.DEMOTE,
                Tier.LITTLE_GIANT, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("newTier");
        Title demoted = fixture.editor.decide(GD_OFFICIAL, decision(title, TitleDecision.Kind.DEMOTE, Tier.INNOVATIVE_SME, null));
        assertThat(demoted.tier()).isEqualTo(Tier.INNOVATIVE_SME);
        assertThat(reload(title).status()).isEqualTo(TitleStatus.DEMOTED);
    }

    @Test
    void revocationEndsTheTitleButItStillProvedItsTierBefore() {
        Title title = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        fixture.editor.decide(GD_OFFICIAL, new TitleDecision(title.id(), TitleDecision.Kind.REVOKE, TODAY.minusDays(5),
                "fraudulent figures", null, null, null));

        assertThat(fixture.registry.titleProving(code, Tier.INNOVATIVE_SME, TODAY.minusYears(1).minusDays(1))).isEmpty();
        assertThat(fixture.registry.titleProving(code, Tier.INNOVATIVE_SME, TODAY.minusDays(6))).isPresent();
        assertThat(fixture.registry.titleProving(code, Tier.SPECIALIZED_SME, TODAY.minusDays(5))).isEmpty();
        assertThat(fixture.registry.titleProving(code, Tier.LITTLE_GIANT, TODAY.minusDays(6))).isEmpty();
        assertThat(fixture.audit.actions()).contains("title.revoked");
    }

    @Test
    void illegalTransitionsAreRefusedWithTheStatusesAllowed() {
        Title active = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        for (TitleDecision.Kind kind : List.of(TitleDecision.Kind.RENEW, TitleDecision.Kind.DEMOTE, TitleDecision.Kind.EXPIRE)) {
            assertThatThrownBy(() -> fixture.editor.decide(MIIT_OFFICIAL, decision(active, kind,
                    kind == TitleDecision.Kind.DEMOTE ? Tier.INNOVATIVE_SME : null, null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("A title that is ACTIVE cannot become " + kind.result());
        }
        fixture.editor.decide(GD_OFFICIAL, decision(active, TitleDecision.Kind.REVOKE, null, null));
        for (TitleDecision.Kind kind : TitleDecision.Kind.values()) {
            assertThatThrownBy(() -> fixture.editor.decide(MIIT_OFFICIAL, decision(active, kind,
                    kind == TitleDecision.Kind.PROMOTE ? Tier.LITTLE_GIANT : kind == TitleDecision.Kind.DEMOTE
                            ? Tier.INNOVATIVE_SME : null, null)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("lifecycle has ended");
        }
    }

    @Test
    void aGrantWithFailingCriteriaNeedsAJustificationStoredAsAnException() {
        fixture.editor.recordFigures(GZ_CLERK, code, figures(2025, 100_000_000, 90_000_000), "correction");
        Map<String, Long> before = fixture.tables();
        assertThatThrownBy(() -> fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("justification")
                .hasMessageContaining("liability-ratio")
                .satisfies(refused -> assertThat(((InvalidInputException) refused).problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message(true)).as("the official reads the criterion's name")
                                .contains("（资产负债率）").doesNotContain("liability-ratio")));
        assertThat(fixture.tables()).isEqualTo(before);

        Title title = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY,
                "strategic supplier to the provincial robotics programme"));
        List<CriteriaException> exceptions = fixture.oversight.exceptions(RegistryFixture.GZ_AUDITOR, 0, 10);
        assertThat(exceptions).singleElement().satisfies(exception -> {
            assertThat(exception.titleId()).isEqualTo(title.id());
            assertThat(exception.decision()).isEqualTo(CriteriaException.Decision.GRANT);
            assertThat(exception.ruleSetId()).isEqualTo("specialized-sme-2022");
            assertThat(exception.failedCriteria()).as("named as the auditor reads it, the id kept").singleElement()
                    .asString().startsWith("资产负债率（liability-ratio）：").contains("，要求 ≤ 0.70");
        });
        assertThat(fixture.audit.actions()).contains("criteria.exception", "title.granted");
        EnterpriseProfile profile = fixture.directory.profile(GZ_CLERK, code);
        assertThat(profile.redFlags()).extracting(RedFlag::kind).containsExactly(RedFlag.Kind.HIGH_LEVERAGE);
        assertThat(profile.exceptions()).hasSize(1);
        assertThat(profile.evaluations()).singleElement().satisfies(e -> assertThat(e.passed()).isFalse());
    }

    @Test
    void aRenewalDespiteFailingCriteriaRaisesARedFlag() {
        Title title = dueTitle();
        fixture.editor.recordFigures(GZ_CLERK, code, figures(2025, 100_000_000, 80_000_000), "correction");
        assertThatThrownBy(() -> fixture.editor.decide(GD_OFFICIAL, decision(title, TitleDecision.Kind.RENEW, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("justification");
        fixture.editor.decide(GD_OFFICIAL, decision(title, TitleDecision.Kind.RENEW, null, "recovering after a one-off loss"));

        assertThat(fixture.oversight.redFlags(RegistryFixture.GZ_AUDITOR, RedFlag.Kind.RENEWED_DESPITE_FAILING, 0, 10))
                .singleElement().satisfies(flagged -> assertThat(flagged.flags()).extracting(RedFlag::kind)
                        .contains(RedFlag.Kind.RENEWED_DESPITE_FAILING, RedFlag.Kind.HIGH_LEVERAGE));
    }

    @Test
    void aGrantWithoutFiguresCountsAsFailing() {
        fixture.editor.register(GZ_CLERK, RegistryFixture.enterprise(RegistryFixture.gzCode(2), "无数据公司", RegistryFixture.GUANGZHOU));
        assertThatThrownBy(() -> fixture.editor.grant(GD_OFFICIAL, grant(RegistryFixture.gzCode(2), Tier.INNOVATIVE_SME, TODAY, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("figures");
    }

    @Test
    void aSecondTitleOfTheSameTierInForceIsRefused() {
        fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        assertThatThrownBy(() -> fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already holds");
    }

    @Test
    void decideAllAppliesEachDecisionOnItsOwn() {
        Title title = dueTitle();
        List<DecisionOutcome> outcomes = fixture.editor.decideAll(GD_OFFICIAL, List.of(
                decision(title, TitleDecision.Kind.RENEW, null, null),
                new TitleDecision(999_999, TitleDecision.Kind.REVOKE, TODAY, "no such title", null, null, null)));
        assertThat(outcomes).extracting(DecisionOutcome::applied).containsExactly(true, false);
        assertThat(outcomes.get(1).error()).contains("no title");
        assertThat(outcomes.get(1).error(true)).as("in Chinese for the official's list").isEqualTo("编号为 999999 的称号不存在。");
        assertThat(status(title)).isEqualTo(TitleStatus.RENEWED);
    }

    @Test
    void aBulkDecisionLeavesTheActionAndEveryRefusalInTheTrail() {
        Title title = dueTitle();
        fixture.audit.clear();
        fixture.editor.decideAll(GD_OFFICIAL, List.of(
                decision(title, TitleDecision.Kind.RENEW, null, null),
                new TitleDecision(999_999, TitleDecision.Kind.REVOKE, TODAY, "no such title", null, null, null)));

        assertThat(fixture.audit.actions()).containsExactlyInAnyOrder("title.renewed", "title.decision-refused",
                "title.decided-in-bulk");
        assertThat(fixture.audit.events("title.decision-refused")).singleElement().satisfies(refused -> {
            assertThat(refused.entityId()).isEqualTo("999999");
            assertThat(refused.actor()).isEqualTo(GD_OFFICIAL);
            assertThat(refused.after()).contains("\"decision\":\"REVOKE\"", "编号为 999999 的称号不存在。");
        });
        assertThat(fixture.audit.events("title.decided-in-bulk")).singleElement().satisfies(bulk -> {
            assertThat(bulk.region()).isEqualTo("440000");
            assertThat(bulk.after()).isEqualTo("{\"decisions\":2,\"applied\":1,\"refused\":1}");
        });
    }

    @Test
    void theWorklistListsDueTitlesWithTheReevaluationRuleSet() {
        Title title = dueTitle();
        assertThat(fixture.worklist.items(RegistryFixture.GZ_CLERK, 30, null, 0, 10)).singleElement().satisfies(item -> {
            assertThat(item.title().id()).isEqualTo(title.id());
            assertThat(item.evaluation().ruleSetId()).isEqualTo("specialized-sme-2022");
            assertThat(item.evaluation().passed()).isTrue();
        });
        assertThat(fixture.worklist.items(RegistryFixture.SZ_CLERK, 30, null, 0, 10)).isEmpty();
        assertThat(fixture.registry.expiringBetween(title.validUntil(), title.validUntil())).hasSize(1);
    }

    @Test
    void onlyTheSystemActorsExpiryAndOfficialsDecide() {
        Title title = dueTitle();
        assertThatThrownBy(() -> fixture.editor.decide(GZ_CLERK, decision(title, TitleDecision.Kind.REVOKE, null, null)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(denied -> assertThat(((AccessDeniedException) denied).chinese()).isEqualTo("授予和处理称号需要主管官员角色。"));
        assertThatThrownBy(() -> fixture.editor.decide(Actor.SYSTEM, decision(title, TitleDecision.Kind.RENEW, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.editor.decide(Actor.SYSTEM, decision(title, TitleDecision.Kind.EXPIRE, null, null)).status())
                .isEqualTo(TitleStatus.EXPIRED);
    }

    @Test
    void targetsCountTitlesInForceTodayInTheRegion() {
        fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        assertThat(fixture.targets.progress(GD_OFFICIAL, RegistryFixture.GUANGDONG)).extracting(p -> p.region().code(),
                p -> p.inForce()).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("440100", 1L),
                org.assertj.core.groups.Tuple.tuple("440300", 0L));
        assertThat(fixture.targets.progress(RegistryFixture.SZ_CLERK, null)).singleElement()
                .satisfies(p -> assertThat(p.region().code()).isEqualTo("440300"));
    }

    /** A Specialized SME title granted three years less a hundred days ago: due for re-evaluation. */
    private Title dueTitle() {
        Title title = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME,
                TODAY.minusYears(3).plusDays(100), null));
        assertThat(title.status()).isEqualTo(TitleStatus.DUE_FOR_REEVALUATION);
        return title;
    }

    private static TitleDecision decision(Title title, TitleDecision.Kind kind, Tier newTier, String justification) {
        return new TitleDecision(title.id(), kind, TODAY, "re-evaluation 2026", newTier, null, justification);
    }

    private Title reload(Title title) {
        return fixture.registry.titles(code).stream().filter(t -> t.id() == title.id()).findFirst().orElseThrow();
    }

    private TitleStatus status(Title title) {
        return reload(title).status();
    }

    private List<TitleTransition> history(Title title) {
        return fixture.directory.profile(GZ_CLERK, code).titles().stream().filter(h -> h.title().id() == title.id())
                .findFirst().orElseThrow().transitions();
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
