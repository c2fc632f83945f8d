package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product in Debian's headless Chromium, driven through Debian's chromedriver (paths
 * given explicitly, so Selenium Manager downloads nothing): the shell, the Platform page, a
 * feature installed from the UI whose view appears, and a tab moved to safety when the
 * feature is removed from another tab.
 */
class BrowserSmokeIT {

    private static RunningProduct product;
    private static WebDriver browser;
    private static final Path SCREENSHOTS = RunningProduct.DISTRIBUTION.resolve("screenshots");

    @BeforeAll
    static void start() throws Exception {
        product = RunningProduct.start(Files.createTempDirectory("cultivar-browser"), "--demo");
        product.awaitHealthy(Duration.ofSeconds(90));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (product != null) {
            product.close();
        }
    }

    @Test
    void theShellThePlatformPageAndAFeatureInstalledAtRuntime() throws Exception {
        browser.get(product.url("/platform").toString());
        waitFor(By.id("login-view"));
        signIn("admin", "wrong-password-123");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.tagName("vaadin-login-form")).getDomProperty("error")));
        screenshot("login");
        signIn("admin", "cultivar-demo-2026");
        waitFor(By.id("home-view"));
        assertThat(browser.getTitle()).contains("Cultivar 企业培育资助平台");
        assertThat(browser.findElement(By.id("main-navigation")).getText()).contains("首页", "平台管理");
        screenshot("shell");

        browser.get(product.url("/platform").toString());
        waitFor(By.id("features-grid"));
        waitForText(By.id("features-grid"), "Example: greeting");
        screenshot("platform");

        browser.findElement(By.id("install-org.cultivar.feature.example")).click();
        waitForText(By.id("main-navigation"), "示例：问候");

        browser.get(product.url("/example/greeting").toString());
        waitForText(By.id("greeting-view"), "你好，Cultivar！");

        // the configuration form generated from Metatype: a bad value is refused by field, a good one applies
        browser.get(product.url("/platform").toString());
        waitFor(By.xpath("//vaadin-tab[contains(., '模块')]")).click();
        waitForText(By.id("bundles-grid"), "org.cultivar.example.greeting");
        screenshot("platform-bundles");
        waitFor(By.xpath("//vaadin-tab[contains(., '配置')]")).click();
        waitFor(By.xpath("//vaadin-details-summary[contains(., 'Example greeting')]")).click();
        setField("config-repetitions", "many");
        waitFor(By.id("save-org.cultivar.example.greeting")).click();
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Repetitions') and contains(., 'whole number')]"));
        setField("config-repetitions", "2");
        setField("config-greeting", "欢迎使用 Cultivar");
        waitFor(By.id("save-org.cultivar.example.greeting")).click();
        waitFor(By.xpath("//vaadin-notification-card[contains(., '配置已保存')]"));
        screenshot("platform-configuration");
        browser.get(product.url("/example/greeting").toString());
        waitForText(By.id("greeting-view"), "欢迎使用 Cultivar");
        assertThat(browser.findElements(By.xpath("//*[@id='greeting-view']/h2"))).hasSize(2);
        String greetingTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(product.url("/platform").toString());
        waitFor(By.id("uninstall-org.cultivar.feature.example")).click();
        waitFor(By.id("install-org.cultivar.feature.example"));

        browser.switchTo().window(greetingTab);
        waitFor(By.id("home-view"));
        assertThat(browser.findElements(By.id("greeting-view"))).isEmpty();
        assertThat(browser.findElement(By.id("main-navigation")).getText()).doesNotContain("示例：问候");
    }

    private static org.openqa.selenium.WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private static void signIn(String username, String password) {
        org.openqa.selenium.WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), username);
        org.openqa.selenium.WebElement pass = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), password, org.openqa.selenium.Keys.ENTER);
    }

    private static void setField(String id, String value) {
        org.openqa.selenium.WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value, org.openqa.selenium.Keys.TAB);
    }

    private static void screenshot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
