package org.cultivar.product;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver, paths given explicitly so that
 * Selenium Manager downloads nothing; with the waits and form helpers the browser tests share.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path SCREENSHOTS = RunningProduct.DISTRIBUTION.resolve("screenshots");

    final WebDriver driver;

    HeadlessChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    WebElement waitFor(By locator) {
        return explained(() -> new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator)));
    }

    /**
     * A wait that times out says what the page showed instead (its text, and a screenshot named
     * failed-*.png beside the others): a browser test failing on CI is otherwise hard to read.
     */
    private <T> T explained(java.util.function.Supplier<T> wait) {
        try {
            return wait.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown;
            try {
                shown = driver.getCurrentUrl() + " showing: " + driver.findElement(By.tagName("body")).getText();
                File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(file.toPath(), SCREENSHOTS.resolve("failed-" + System.currentTimeMillis() + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (Exception unreadable) {
                shown = "the page could not be read (" + unreadable + ")";
            }
            // still a TimeoutException: callers that wait again on purpose (reloadUntil) catch it
            throw new org.openqa.selenium.TimeoutException(e.getMessage().lines().findFirst().orElse("timed out")
                    + "; the browser was at " + shown, e);
        }
    }

    /**
     * Clicks an element wherever it sits: a grid wider than the window (the Platform page's
     * feature list) leaves its buttons outside the viewport, where a pointer click lands elsewhere.
     */
    void click(By locator) {
        WebElement element = waitFor(locator);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    void waitForText(By locator, String text) {
        explained(() -> new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text)));
    }

    /** Replaces the value of a Vaadin text field (its input sits in the light DOM). */
    void setField(String id, String value) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    void signIn(String username, String password) {
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.sendKeys(Keys.chord(Keys.CONTROL, "a"), password, Keys.ENTER);
    }

    /**
     * Signs in where the browser was stopped by the sign-in page and waits until the page asked
     * for is open under the session the sign-in issued (sign-in replaces the session, against
     * fixation); the sign-in page itself leads home.
     */
    void signInAs(String username, String password) {
        String before = sessionCookie();
        signIn(username, password);
        waitFor(By.id("main-navigation"));
        explained(() -> new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String now = sessionCookie();
            return now != null && !now.equals(before);
        }));
    }

    private String sessionCookie() {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    void screenshot(String name) throws Exception {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
