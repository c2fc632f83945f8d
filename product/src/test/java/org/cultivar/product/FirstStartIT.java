package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A fresh installation: no user exists, the console shows a one-time token, /setup creates the administrator. */
class FirstStartIT {

    @Test
    void theAdministratorIsCreatedWithTheTokenFromTheConsole() throws Exception {
        try (RunningProduct product = RunningProduct.start(Files.createTempDirectory("cultivar-first"));
             HeadlessChromium chromium = new HeadlessChromium()) {
            product.awaitHealthy(Duration.ofSeconds(90));
            Matcher token = Pattern.compile("setup token ([A-Z2-7]{20}) ").matcher(product.output());
            assertThat(token.find()).as("setup token on the console").isTrue();

            chromium.driver.get(product.url("/").toString());
            chromium.waitFor(By.id("setup-view"));
            chromium.setField("setup-token", "WRONGTOKENWRONGTOKEN");
            chromium.setField("setup-username", "chief");
            chromium.setField("setup-display-name", "王主任");
            chromium.setField("setup-password", "a-long-enough-secret");
            chromium.setField("setup-repeat", "a-long-enough-secret");
            chromium.waitFor(By.id("setup-create")).click();
            chromium.waitFor(By.cssSelector("#setup-token[invalid]"));
            assertThat(chromium.driver.findElements(By.id("home-view"))).isEmpty();

            chromium.setField("setup-token", token.group(1));
            chromium.waitFor(By.id("setup-create")).click();
            chromium.waitFor(By.id("home-view"));
            chromium.waitForText(By.id("user-menu"), "王主任");

            chromium.driver.get(product.url("/setup").toString());
            chromium.waitFor(By.id("home-view")); // setup is closed once an administrator exists
        }
    }
}
