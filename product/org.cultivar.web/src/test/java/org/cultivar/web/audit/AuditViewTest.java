package org.cultivar.web.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.web.EmbeddedFramework;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditViewTest {

    private static final Actor AUDITOR = new Actor("gd.auditor", "Auditor", Set.of(Role.AUDITOR), RegionCode.of("440000"));
    private static final String AFTER = "{\"verdict\":\"APPROVE\",\"decisions\":2,\"decided\":1,\"refused\":1,"
            + "\"comment\":\"a comment long enough that the grid's column shows only its start\"}";
    private static final AuditEntry BULK = new AuditEntry(7, Instant.parse("2026-11-28T02:00:00Z"), "gz.official",
            "CLERK,OFFICIAL", "440100", "application.decided-in-bulk", "application", null, "440100", "{\"status\":\"REVIEWED\"}",
            AFTER, "9f2c0e");
    private static final AuditEntry BY_A_REMOVED_USER = new AuditEntry(6, Instant.parse("2026-11-28T01:00:00Z"), "gone.user",
            "CLERK", "440300", "application.recorded", "application", "12", "440300", null, "{}", "81aa03");

    @BeforeEach
    void signIn() {
        EmbeddedFramework.register(AuditTrail.class, new AuditTrail() {
            @Override
            public org.cultivar.core.api.audit.AuditEntry record(org.cultivar.core.api.audit.AuditEvent event) {
                throw new UnsupportedOperationException("the view only reads");
            }

            @Override
            public List<AuditEntry> find(Actor reader, AuditQuery query) {
                List<AuditEntry> newestFirst = List.of(BULK, BY_A_REMOVED_USER);
                return newestFirst.subList(Math.min(query.offset(), 2), Math.min(query.offset() + query.limit(), 2));
            }

            @Override
            public VerificationResult verify(Actor reader) {
                return new VerificationResult(true, 2, null, null);
            }
        });
        Map<String, String> displayNames = Map.of("gz.official", "赵强");
        EmbeddedFramework.register(UserNames.class, id -> Optional.ofNullable(displayNames.get(id)));
        MockCultivar.start(AUDITOR);
        UI.getCurrent().navigate("audit");
    }

    @AfterEach
    void stop() {
        MockCultivar.stop();
    }

    @Test
    void entriesNameTheActorAndTheRegionBesideTheirIds() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("赵强（gz.official）", "广州市 (440100)", "批量审批（application.decided-in-bulk）")
                .as("an action on no single entity names the type alone").contains("application").doesNotContain("application null");
        assertThat(_getFormattedRow(grid, 1)).as("a user no longer known stands for their id")
                .contains("gone.user", "深圳市 (440300)", "登记申请（application.recorded）");
    }

    @Test
    void anActionTheTranslationsDoNotKnowShowsItsCode() {
        assertThat(AuditActions.label("someday.bundle-action")).isEqualTo("someday.bundle-action");
        assertThat(AuditActions.label("title.granted")).isEqualTo("授予称号（title.granted）");
    }

    @Test
    void anOpenedEntryShowsTheStateBeforeAndAfterInFullWithRolesScopeAndHash() {
        String text = new AuditEntryDetails(BULK, new AuditNames(Optional.of(id -> Optional.of("赵强"))))
                .getElement().getTextRecursively();

        assertThat(text).contains("操作人身份：赵强（gz.official） · 经办人员、主管官员 · 广州市 (440100)", "变更前：{\"status\":\"REVIEWED\"}",
                "变更后：" + AFTER, "记录哈希：9f2c0e");
        assertThat(new AuditEntryDetails(BY_A_REMOVED_USER, new AuditNames(Optional.empty())).getElement().getTextRecursively())
                .as("a creation has no state before").contains("变更前：—");
    }
}
