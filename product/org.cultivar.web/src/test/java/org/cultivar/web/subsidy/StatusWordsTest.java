package org.cultivar.web.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Payout;
import org.junit.jupiter.api.Test;

/**
 * The engine words a state inside its Chinese conflicts ({@code Status.chinese()}); the screens
 * name it from the translation file. Both must say the same, or a clerk reads one state by two names.
 */
class StatusWordsTest {

    private static Properties chineseTranslations() throws IOException {
        Properties translations = new Properties();
        try (InputStream in = StatusWordsTest.class.getResourceAsStream("/vaadin-i18n/translations_zh_CN.properties")) {
            translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return translations;
    }

    @Test
    void theEnginesChineseStateNamesAreTheScreens() throws IOException {
        Properties zh = chineseTranslations();
        for (Payout.Status status : Payout.Status.values()) {
            assertThat(status.chinese()).as("Payout.%s", status).isEqualTo(zh.getProperty("subsidy.status.Payout." + status.name()));
        }
        for (Application.Status status : Application.Status.values()) {
            assertThat(status.chinese()).as("Application.%s", status)
                    .isEqualTo(zh.getProperty("subsidy.status.Application." + status.name()));
        }
    }
}
