package org.cultivar.web.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryMenuTest {

    @AfterEach
    void stop() {
        MockCultivar.stop();
    }

    private static List<String> menuFor(Role role) {
        MockCultivar.start(new Actor("u", "User", Set.of(role), RegionCode.of("440100")));
        UI.getCurrent().navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void auditorsGetOversightButNoImport() {
        assertThat(menuFor(Role.AUDITOR)).contains("资质认定登记", "登记监督", "培育目标").doesNotContain("名单导入", "复核工作台");
    }

    @Test
    void officialsGetEveryRegistryPage() {
        assertThat(menuFor(Role.OFFICIAL)).contains("资质认定登记", "复核工作台", "名单导入", "登记监督", "培育目标");
    }
}
