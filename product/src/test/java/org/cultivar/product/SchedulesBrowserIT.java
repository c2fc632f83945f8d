package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Guangzhou official configures a schedule in a real browser on the demo product: the region's
 * schedules by name, the configuration form, a change dated next month with a reason, and the
 * history that shows it waiting. The form only opens if the engine found the schedule's
 * configuration pid, so this also shows that Felix SCR publishes {@code service.pid}.
 */
class SchedulesBrowserIT {

    private static RunningProduct product;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = RunningProduct.start(Files.createTempDirectory("cultivar-schedules-browser"), "--demo");
        product.awaitHealthy(Duration.ofSeconds(90));
        chromium = new HeadlessChromium();
        browser = chromium.driver;
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (product != null) {
            product.close();
        }
    }

    @Test
    void anOfficialProposesADatedChangeWithAReasonAndSeesItInTheHistory() throws Exception {
        browser.get(product.url("/").toString());
        chromium.signInAs("gz.official", "cultivar-demo-2026");
        // the menu entry, clicked as a person would: the link sits in the item's shadow root
        chromium.waitFor(By.cssSelector("vaadin-side-nav-item[path='subsidies/schedules']")).click();
        chromium.waitFor(By.id("schedules-view"));
        // the demo installs the Guangzhou feature in the background after start
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d -> {
            d.get(product.url("/subsidies/schedules").toString());
            try {
                chromium.waitForText(By.id("region-schedules"), "专精特新企业培育奖励");
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        String page = browser.findElement(By.id("schedules-view")).getText();
        assertThat(page).contains("440100").doesNotContain("!zh:", "!en:", "subsidy.schedules.", "guangzhou.cultivation");
        chromium.screenshot("subsidy-schedules");

        chromium.click(By.cssSelector("vaadin-button.configure-schedule"));
        chromium.waitFor(By.id("schedule-configuration-dialog"));
        // Metatype ids read "payer.accountName": a dot a CSS id selector would take for a class
        chromium.waitFor(By.xpath("//*[@id='config-payer.accountName']//input"))
                .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "广州市工业和信息化局",
                        org.openqa.selenium.Keys.TAB);
        LocalDate nextMonth = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        WebElement day = chromium.waitFor(By.id("change-effective-on"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", day, nextMonth.toString());
        chromium.waitFor(By.cssSelector("#change-reason textarea")).sendKeys("浏览器测试：更新付款账户名称",
                org.openqa.selenium.Keys.TAB); // a text area sends its value when it loses focus
        chromium.screenshot("subsidy-schedule-configure");
        chromium.click(By.id("save-schedule-configuration"));
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + nextMonth.getYear() + "')]"));

        chromium.click(By.cssSelector("vaadin-button.schedule-history"));
        chromium.waitForText(By.id("schedule-history"), "浏览器测试：更新付款账户名称");
        String history = browser.findElement(By.id("schedule-history")).getText();
        assertThat(history).contains("广州市工业和信息化局", "gz.official", "待生效").doesNotContain("!zh:");
        chromium.screenshot("subsidy-schedule-history");
    }

    @Test
    void thePlatformPageShowsAScheduleParameterReadOnlyAndPointsToTheDatedChanges() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/").toString());
        chromium.signInAs("gz.official", "cultivar-demo-2026");
        String pid = "org.cultivar.schedule.guangzhou.cultivation";
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d -> {
            d.get(product.url("/platform").toString());
            chromium.waitFor(By.xpath("//vaadin-tab[contains(., '配置')]")).click();
            try {
                chromium.waitFor(By.xpath("//vaadin-details-summary[contains(., '" + pid + "')]"));
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        chromium.click(By.xpath("//vaadin-details-summary[contains(., '" + pid + "')]"));
        chromium.waitFor(By.xpath("//p[contains(@class, 'owned-configuration') and contains(., 'Subsidies → Schedules')]"));
        assertThat(browser.findElements(By.id("save-" + pid))).as("no way to save beside the dated changes").isEmpty();
        assertThat(browser.findElements(By.xpath("//vaadin-details[contains(., '" + pid + "')]//vaadin-text-field[@readonly]")))
                .isNotEmpty();
        chromium.screenshot("platform-schedule-read-only");
    }
}
