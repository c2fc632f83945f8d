package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product in Debian's headless Chromium, driven through Debian's chromedriver (paths
 * given explicitly, so Selenium Manager downloads nothing): the shell, the Platform page, a
 * feature installed from the UI whose view appears, and a tab moved to safety when the
 * feature is removed from another tab; a bundle jar uploaded, checked by its hash and trusted.
 */
class BrowserSmokeIT {

    private static RunningProduct product;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = RunningProduct.start(Files.createTempDirectory("cultivar-browser"), "--demo");
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
    void theShellThePlatformPageAndAFeatureInstalledAtRuntime() throws Exception {
        browser.get(product.url("/platform").toString());
        chromium.waitFor(By.id("login-view"));
        chromium.signIn("admin", "wrong-password-123");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.tagName("vaadin-login-form")).getDomProperty("error")));
        chromium.screenshot("login");
        chromium.signInAs("admin", "cultivar-demo-2026");
        assertThat(browser.getTitle()).contains("Cultivar 企业培育资助平台");
        assertThat(browser.findElement(By.id("main-navigation")).getText()).contains("首页", "平台管理");
        chromium.screenshot("shell");

        browser.get(product.url("/platform").toString());
        chromium.waitFor(By.id("features-grid"));
        chromium.waitForText(By.id("features-grid"), "Example: greeting");
        chromium.screenshot("platform");

        chromium.click(By.id("install-org.cultivar.feature.example"));
        chromium.waitForText(By.id("main-navigation"), "示例：问候");

        browser.get(product.url("/example/greeting").toString());
        chromium.waitForText(By.id("greeting-view"), "你好，Cultivar！");

        // the configuration form generated from Metatype: a bad value is refused by field, a good one applies
        browser.get(product.url("/platform").toString());
        chromium.waitFor(By.xpath("//vaadin-tab[contains(., '模块')]")).click();
        chromium.waitForText(By.id("bundles-grid"), "org.cultivar.example.greeting");
        chromium.screenshot("platform-bundles");
        chromium.waitFor(By.xpath("//vaadin-tab[contains(., '配置')]")).click();
        chromium.click(By.xpath("//vaadin-details-summary[contains(., 'Example greeting')]"));
        chromium.setField("config-repetitions", "many");
        chromium.click(By.id("save-org.cultivar.example.greeting"));
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Repetitions') and contains(., '不是整数')]"));
        chromium.screenshot("platform-configuration-refused");
        chromium.setField("config-repetitions", "2");
        chromium.setField("config-greeting", "欢迎使用 Cultivar");
        chromium.click(By.id("save-org.cultivar.example.greeting"));
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., '配置已保存')]"));
        chromium.screenshot("platform-configuration");
        browser.get(product.url("/example/greeting").toString());
        chromium.waitForText(By.id("greeting-view"), "欢迎使用 Cultivar");
        assertThat(browser.findElements(By.xpath("//*[@id='greeting-view']/h2"))).hasSize(2);
        String greetingTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(product.url("/platform").toString());
        chromium.click(By.id("uninstall-org.cultivar.feature.example"));
        chromium.waitFor(By.id("install-org.cultivar.feature.example"));

        browser.switchTo().window(greetingTab);
        chromium.waitFor(By.id("home-view"));
        assertThat(browser.findElements(By.id("greeting-view"))).isEmpty();
        assertThat(browser.findElement(By.id("main-navigation")).getText()).doesNotContain("示例：问候");
    }

    @Test
    void anAuditorVerifiesTheTrailButCannotOpenThePlatform() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/audit").toString());
        chromium.signInAs("auditor", "cultivar-demo-2026");
        assertThat(browser.findElement(By.id("main-navigation")).getText()).contains("审计日志").doesNotContain("平台管理", "用户管理");

        browser.get(product.url("/platform").toString());
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., '无权访问')]"));
        assertThat(browser.findElements(By.id("platform-view"))).isEmpty();

        browser.get(product.url("/audit").toString());
        chromium.waitFor(By.id("verify-audit")).click();
        chromium.waitForText(By.id("audit-verification"), "审计链完整");
        chromium.waitForText(By.id("audit-grid"), "auditor");
        chromium.screenshot("audit");
    }

    @Test
    void anAdministratorUploadsABundleChecksItsHashAndTrustsIt() throws Exception {
        Path jar = Files.createTempDirectory("cultivar-upload").resolve("browser-upload-1.0.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.browser.upload");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all this bundle needs
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));

        browser.manage().deleteAllCookies();
        browser.get(product.url("/platform").toString());
        chromium.signInAs("admin", "cultivar-demo-2026");
        chromium.waitFor(By.xpath("//vaadin-tab[contains(., '模块')]")).click();
        WebElement upload = chromium.waitFor(By.id("bundle-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(jar.toString());

        chromium.waitFor(By.id("upload-dialog"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                sha256.equals(d.findElement(By.id("upload-sha256")).getDomProperty("value")));
        assertThat(browser.findElement(By.id("upload-symbolic-name")).getDomProperty("value")).isEqualTo("test.browser.upload");
        chromium.screenshot("platform-upload");
        browser.findElement(By.id("upload-trust")).click();
        chromium.waitFor(By.xpath("//vaadin-notification-card[contains(., 'test.browser.upload') and contains(., '已信任并安装')]"));
        chromium.waitForText(By.id("bundles-grid"), "test.browser.upload");
    }

    @Test
    void anAdministratorSeesTheUsers() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(product.url("/users").toString());
        chromium.waitFor(By.id("login-view"));
        String usersTab = browser.getWindowHandle();
        // another tab of the same browser asks for another page while signed out (as a long-polling
        // tab left open from the first test does when its session is gone)
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(product.url("/platform").toString());
        chromium.waitFor(By.id("login-view"));
        browser.close();
        browser.switchTo().window(usersTab);
        chromium.signInAs("admin", "cultivar-demo-2026");
        // signing in leads on to the page this tab asked for, not the other tab's
        assertThat(browser.getCurrentUrl()).endsWith("/users");
        chromium.waitForText(By.id("users-grid"), "gz.official");
        chromium.screenshot("users");
    }
}
