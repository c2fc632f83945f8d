package org.cultivar.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.InvalidAccountInputException;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refused input in the person's language: fields under their names on the screen, messages as the service worded them. */
class ProblemTextTest {

    private final InvalidInputException refused = new InvalidInputException(List.of(
            FieldProblem.at(7, "figures.rd_staff", "研发人员（12）不能多于从业人数（10）。", "R&D staff (12) cannot exceed employees (10)"),
            FieldProblem.of("mystery", "is wrong")));

    @BeforeEach
    void start() {
        MockCultivar.start(new Actor("gz.official", "Official", Set.of(Role.OFFICIAL), RegionCode.of("440100")));
    }

    @AfterEach
    void stop() {
        MockCultivar.stop();
    }

    @Test
    void readsInChineseWithTheFieldsNamedAsOnTheScreen() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(RefusalText.of(refused)).isEqualTo("第 7 行，研发人员：研发人员（12）不能多于从业人数（10）。mystery：is wrong");
        assertThat(ProblemText.field("credit_code")).isEqualTo("统一社会信用代码");
        assertThat(ProblemText.field("creditCode")).isEqualTo("统一社会信用代码");
        assertThat(RefusalText.of(new InvalidAccountInputException("密码至少须有 10 个字符。", "Password must be at least 10 characters long.")))
                .isEqualTo("密码至少须有 10 个字符。");
        assertThat(RefusalText.of(new PlatformException("Feature Example is already installed", "功能“Example”已安装")))
                .isEqualTo("功能“Example”已安装");
        assertThat(RefusalText.of(new PlatformException("Configuration service is not available")))
                .as("a refusal worded in English only is shown as it is").isEqualTo("Configuration service is not available");
        assertThat(RefusalText.of(new ConfigurationValidationException(Map.of("cap", "Cap (CNY): \"x\" is not a whole number"),
                Map.of("cap", "补贴上限（元）：“x”不是整数")))).isEqualTo("未保存：补贴上限（元）：“x”不是整数");
    }

    @Test
    void readsInEnglishWhereThePersonChoseEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(RefusalText.of(new InvalidAccountInputException("密码至少须有 10 个字符。", "Password must be at least 10 characters long.")))
                .isEqualTo("Password must be at least 10 characters long.");
        assertThat(RefusalText.of(new PlatformException("Feature Example is already installed", "功能“Example”已安装")))
                .isEqualTo("Feature Example is already installed");
        assertThat(RefusalText.of(refused)).isEqualTo("line 7, R&D staff: R&D staff (12) cannot exceed employees (10); mystery: is wrong");
    }
}
