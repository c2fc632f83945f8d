package org.cultivar.launcher.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    @Test
    void keepsVersionsDropsUsesAndSplitsOnlyOutsideQuotes() {
        TreeMap<String, String> exports = new TreeMap<>();
        SystemPackages.collect("com.vaadin.flow.component;version=\"24.9.15\";uses:=\"a.b,c.d\","
                + "com.vaadin.flow.dom;version=\"24.9.15\",org.jsoup;version=\"1.20\"", false, exports);
        assertThat(exports.values()).containsExactly(
                "com.vaadin.flow.component;version=\"24.9.15\"", "com.vaadin.flow.dom;version=\"24.9.15\"");
    }

    @Test
    void exportsEveryPackageOfACultivarApiJar() {
        TreeMap<String, String> exports = new TreeMap<>();
        SystemPackages.collect("org.cultivar.core.api.money;version=\"1.0.0\",org.cultivar.core.api.ui;version=\"1.0.0\";"
                + "uses:=\"com.vaadin.flow.component\"", true, exports);
        assertThat(exports).containsOnlyKeys("org.cultivar.core.api.money", "org.cultivar.core.api.ui");
    }

    @Test
    void theHostClassPathExportsVaadinSlf4jAndTheApis() throws Exception {
        String list = SystemPackages.exportList(SystemPackages.class.getClassLoader());
        assertThat(list).contains("com.vaadin.flow.component;version=", "org.slf4j;version=",
                "org.cultivar.core.api.platform;version=\"", "org.cultivar.store.api;version=\"");
        assertThat(list).doesNotContain("uses:=");
    }
}
