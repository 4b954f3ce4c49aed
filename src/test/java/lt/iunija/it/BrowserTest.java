package lt.iunija.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: Debian's Chromium, headless, one browser per test class with fresh cookies per
 * test, against the one {@link PortalServer} of the run. Pages are found by their visible English labels
 * (the labels members see), as a person would.
 */
@ExtendWith(PortalServer.class)
public abstract class BrowserTest {

    protected static WebDriver browser;
    /** Where the browser saves downloads (CSV exports). */
    protected static Path downloads;

    @BeforeAll
    static void openBrowser() throws Exception {
        System.setProperty(
                "webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        Path profile = Files.createTempDirectory("iunija-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        downloads = Files.createTempDirectory("iunija-downloads");
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void freshCookies() {
        browser.get(PortalServer.uri("/health").toString());
        browser.manage().deleteAllCookies();
    }

    protected static void open(String path) {
        browser.get(PortalServer.uri(path).toString());
    }

    /** The input that the label with this visible text is for: proves the label is real. */
    protected static WebElement fieldLabelled(String label) {
        WebElement labelElement = browser.findElement(
                By.xpath("//label[normalize-space(.)='" + label + "' or normalize-space(text())='" + label + "']"));
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    protected static WebElement button(String text) {
        return browser.findElement(By.xpath(
                "//button[normalize-space(.)='" + text + "'] | //input[@type='submit' and @value='" + text + "']"));
    }

    protected static String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    protected static String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /**
     * The login steps every member story begins with: the union's login page in English, the user number typed,
     * "Log in with Smart-ID" pressed. What follows (the code, an error, home) is the story's to check.
     */
    protected static void startLogin(String union, String userNumber) {
        open("/" + union + "/?lang=en");
        fieldLabelled("User number").sendKeys(userNumber);
        button("Log in with Smart-ID").click();
    }

    /** A member's whole login, for stories that begin logged in: started, confirmed by the simulator, home shown. */
    protected static void logIn(String union, String userNumber) {
        startLogin(union, userNumber);
        waitForText("Log out", Duration.ofSeconds(30));
    }

    /**
     * Presses "Log out" and waits until the login page it leads to has loaded: the logout's POST and redirect are
     * still under way when the click returns, and a page opened meanwhile would be replaced by the login page.
     */
    protected static void logOut() {
        WebElement logOut = button("Log out");
        logOut.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(logOut));
        waitForText("Log in with Smart-ID", Duration.ofSeconds(10));
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    protected static void waitForAjax() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(
                        driver -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && document.readyState === 'complete';")));
    }

    /** Waits for a text, across page loads and ajax updates. */
    protected static void waitForText(String text, Duration timeout) {
        // While the page is replaced (ajax update, redirect) Chromium may report nodes that just went away.
        try {
            new WebDriverWait(browser, timeout)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(driver -> bodyText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no \"" + text + "\" within " + timeout + " on " + browser.getCurrentUrl() + ":\n" + bodyText(), e);
        }
    }
}
