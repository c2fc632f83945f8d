package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registry and the payouts as their users meet them in a real browser, on the demo data the
 * product seeds with {@code --demo}: a Guangzhou official searches by a Chinese name fragment,
 * opens an enterprise and reads its titles and criteria; an auditor lists the criteria
 * exceptions; a clerk opens an application and reads its calculation; an official reads the
 * budgets; an auditor finds the reports the role may run.
 */
class RegistryBrowserIT {

    private static RunningProduct product;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = RunningProduct.start(Files.createTempDirectory("cultivar-registry-browser"), "--demo");
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
    void anOfficialFindsAnEnterpriseByANameFragmentAndReadsItsTimeline() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/registry").toString());
        chromium.signInAs("gz.official", "cultivar-demo-2026");
        browser.get(product.url("/registry").toString());
        chromium.waitFor(By.id("registry-search-view"));
        // the demo registry is seeded in the background after start: reload until its rows show
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d -> {
            d.get(product.url("/registry").toString());
            try {
                chromium.waitForText(By.id("registry-grid"), "有限公司");
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        chromium.screenshot("registry-search");

        chromium.setField("registry-search-text", "广州");
        chromium.waitForText(By.id("registry-grid"), "广州");
        chromium.screenshot("registry-search-filtered");
        String name = browser.findElement(By.xpath(
                "(//*[@id='registry-grid']//vaadin-grid-cell-content[contains(., '广州')])[1]")).getText();
        browser.findElement(By.xpath("(//*[@id='registry-grid']//vaadin-grid-cell-content[contains(., '广州')])[1]")).click();

        chromium.waitFor(By.id("enterprise-page"));
        chromium.waitFor(By.id("titles-timeline"));
        chromium.waitFor(By.id("evaluations-section"));
        assertThat(browser.findElement(By.id("enterprise-identity")).getText()).contains(name.replace("演示", "").strip());
        assertThat(browser.findElement(By.id("enterprise-page")).getText()).contains("广州市").doesNotContain("!zh:", "!en:");
        chromium.screenshot("registry-enterprise");
    }

    @Test
    void anAuditorListsCriteriaExceptionsAndRedFlagsButCannotImport() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/registry/oversight").toString());
        chromium.signInAs("auditor", "cultivar-demo-2026");
        browser.get(product.url("/registry/oversight").toString());
        chromium.waitFor(By.id("oversight-view"));
        assertThat(browser.findElement(By.id("main-navigation")).getText()).doesNotContain("名单导入");
        // the demo's re-evaluation renewed some titles despite failing criteria, with a justification
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d -> {
            d.get(product.url("/registry/oversight").toString());
            try {
                chromium.waitForText(By.id("oversight-exceptions"), "例外续期");
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        chromium.screenshot("registry-oversight");

        browser.get(product.url("/registry/import").toString());
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., '无权访问')]"));
        assertThat(browser.findElements(By.id("registry-import-view"))).isEmpty();
    }

    @Test
    void aClerkOpensADemoApplicationAndReadsItsCalculation() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/subsidies").toString());
        chromium.signInAs("gz.clerk2", "cultivar-demo-2026");
        // the demo payouts are seeded once the demo registry and the Guangzhou schedules are there
        new WebDriverWait(browser, Duration.ofSeconds(240)).until(d -> {
            d.get(product.url("/subsidies").toString());
            chromium.click(By.id("worklist-awaiting-decision"));
            try {
                chromium.waitForText(By.id("applications-grid"), "有限公司");
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        // a clerk may tick several applications awaiting a step and decide them in one action
        assertThat(browser.findElements(By.id("approve-selected"))).hasSize(1);
        assertThat(browser.findElements(By.id("reject-selected"))).hasSize(1);
        // each application says whose step is next, in the clerk's language
        chromium.waitForText(By.id("applications-grid"), "待您复核");
        assertThat(browser.findElement(By.id("applications-grid")).getText()).as("schedules by name, not id")
                .doesNotContain("guangzhou.");
        assertThat(browser.findElement(By.id("applications-grid")).getText()).doesNotContain("!zh:", "!en:");
        chromium.screenshot("subsidy-worklist");
        browser.findElement(By.xpath("(//*[@id='applications-grid']//vaadin-grid-cell-content[contains(., '有限公司')])[1]"))
                .click();
        chromium.waitFor(By.id("application-detail-view"));
        chromium.waitFor(By.id("assessment-amount"));
        assertThat(browser.findElement(By.id("assessment-amount")).getText()).contains("万元");
        chromium.waitFor(By.id("approval-history"));
        // every label has its translation: a missing key shows as "!zh: key"
        assertThat(browser.findElement(By.id("application-detail-view")).getText()).doesNotContain("!zh:", "!en:");
        chromium.screenshot("subsidy-application");

        // the demo's ready batch held one payout back; the batch list says so instead of failing
        browser.get(product.url("/subsidies/batches").toString());
        chromium.waitForText(By.id("batches-grid"), "暂缓");
        chromium.screenshot("subsidy-batches");
    }

    @Test
    void aClerkRecordsThePayeeAccountOfAHeldPayoutAndPutsItBackInTheQueue() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/subsidies").toString());
        chromium.signInAs("gz.clerk1", "cultivar-demo-2026");
        // the demo holds some payouts for want of a verified payee account
        new WebDriverWait(browser, Duration.ofSeconds(240)).until(d -> {
            d.get(product.url("/subsidies").toString());
            chromium.click(By.id("worklist-held"));
            try {
                // the engine's reason, in the clerk's language: 该企业没有已核验的收款账户。
                chromium.waitForText(By.id("payouts-grid"), "收款账户");
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        browser.findElement(By.xpath("(//*[@id='payouts-grid']//vaadin-grid-cell-content[contains(., '收款账户')])[1]")).click();
        chromium.waitFor(By.id("application-detail-view"));
        chromium.waitFor(By.id("payee-account-none"));

        chromium.click(By.id("record-payee-account"));
        chromium.waitFor(By.cssSelector("#payee-account-name input")).sendKeys("广州演示企业有限公司");
        chromium.waitFor(By.cssSelector("#payee-account-number input")).sendKeys("6222 0200 1234 5678");
        chromium.waitFor(By.cssSelector("#payee-bank-name input")).sendKeys("中国银行广州天河支行");
        chromium.waitFor(By.cssSelector("#payee-cnaps input")).sendKeys("10458100001", org.openqa.selenium.Keys.TAB);
        chromium.click(By.id("save-payee-account"));
        // eleven digits: the engine names the field, the dialog stays open
        chromium.waitFor(By.cssSelector("#payee-cnaps[invalid]"));
        chromium.waitFor(By.cssSelector("#payee-cnaps input")).sendKeys("1", org.openqa.selenium.Keys.TAB);
        chromium.click(By.id("save-payee-account"));
        chromium.waitForText(By.id("payee-account-current"), "6222020012345678");

        chromium.click(By.cssSelector("vaadin-button.requeue-payout"));
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., '已重新审核')]"));
        assertThat(browser.findElement(By.id("application-detail-view")).getText()).doesNotContain("!zh:", "!en:");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('award-payouts').scrollIntoView({block: 'center'})");
        chromium.screenshot("subsidy-payee-account");
    }

    @Test
    void anOfficialReadsTheBudgetsAndAnAuditorTheReports() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/subsidies/budgets").toString());
        chromium.signInAs("gz.official", "cultivar-demo-2026");
        reloadUntil("/subsidies/budgets", By.id("budget-positions"), "50,000,000");
        chromium.screenshot("subsidy-budgets");

        browser.manage().deleteAllCookies();
        browser.get(product.url("/reports").toString());
        chromium.signInAs("auditor", "cultivar-demo-2026");
        browser.get(product.url("/reports").toString());
        chromium.waitForText(By.id("report-list"), "审计");
        chromium.screenshot("reports");
    }

    /** Reloads the page until the element shows the text: demo data arrives in the background after start. */
    private static void reloadUntil(String path, By element, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(240)).until(d -> {
            d.get(product.url(path).toString());
            try {
                chromium.waitForText(element, text);
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
    }
}
