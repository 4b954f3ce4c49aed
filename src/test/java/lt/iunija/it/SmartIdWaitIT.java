package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * How the code page waits for the member's answer: it sends nothing while nothing happens (the countdown runs
 * in the browser, the end of the wait is pushed on a WebSocket), moves focus to each new step and says the
 * outcome once in its live region; without WebSockets it still learns the outcome by asking.
 */
class SmartIdWaitIT extends BrowserTest {

    /** Counts the WebSockets the page opens and the messages they bring. */
    private static final String WATCH_SOCKETS = """
            window.socketsOpened = 0; window.socketMessages = 0;
            const Real = window.WebSocket;
            window.WebSocket = function (url, protocols) {
                const socket = protocols === undefined ? new Real(url) : new Real(url, protocols);
                window.socketsOpened++;
                socket.addEventListener('message', () => window.socketMessages++);
                return socket;
            };
            window.WebSocket.prototype = Real.prototype;
            """;

    /** A browser (or a proxy in front of it) without WebSockets. */
    private static final String NO_SOCKETS = "delete window.WebSocket; window.WebSocket = undefined;";

    private String script;

    private void beforeEveryPage(String source) {
        Map<String, Object> added = ((ChromiumDriver) browser)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        script = (String) added.get("identifier");
    }

    @AfterEach
    void removeScript() {
        if (script != null) {
            ((ChromiumDriver) browser)
                    .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
            script = null;
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The page's own Ajax requests so far (each is a Faces post). */
    private static long ajaxRequests() {
        return (Long)
                js(
                        "return performance.getEntriesByType('resource').filter(e => e.initiatorType === 'xmlhttprequest').length;");
    }

    private static void startLogin(String userNumber) {
        startLogin("nemunas", userNumber);
        waitForText("Verification code", Duration.ofSeconds(10));
        waitForAjax();
    }

    /**
     * The member answers on the simulator's phone page (another tab) after a while: meanwhile the code page sends
     * nothing but its one question when its socket opened, its countdown still runs, and the refusal is pushed.
     */
    @Test
    void theCodePageSendsNothingWhileTheMemberAnswersAndHearsTheEndByPush() {
        IncidentStoryIT.setAnswerByHand(true);
        try {
            beforeEveryPage(WATCH_SOCKETS);
            startLogin("100004");
            String code = browser.findElement(By.cssSelector(".code")).getText();
            String codePage = browser.getWindowHandle();
            long afterStart = ajaxRequests();
            int first = secondsLeft();
            PortalServer.sleep(5000);
            assertTrue(
                    secondsLeft() <= first - 4,
                    "the countdown runs in the browser: " + first + " then " + secondsLeft());
            long asked = ajaxRequests() - afterStart;
            assertTrue(asked <= 1, asked + " requests in 5 s of waiting (a page that asks every second sends 5)");

            browser.switchTo().newWindow(WindowType.TAB);
            open("/smart-id-simulator/?lang=en");
            waitForText(code, Duration.ofSeconds(15));
            browser.findElements(By.cssSelector("section.prompt")).stream()
                    .filter(section -> section.getText().contains(code))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.xpath(".//button[normalize-space(.)='Refuse']"))
                    .click();
            waitForAjax();
            browser.close();
            browser.switchTo().window(codePage);

            waitForText("The login was refused in the Smart-ID app.", Duration.ofSeconds(10));
            waitForAjax();
            assertEquals(1L, js("return window.socketsOpened;"), "one socket for the wait");
            assertEquals(1L, js("return window.socketMessages;"), "the end of the wait was pushed");
            assertTrue(ajaxRequests() - afterStart <= 2, "then one question for the outcome");
        } finally {
            IncidentStoryIT.setAnswerByHand(false);
        }
    }

    @Test
    void withoutWebSocketsThePageStillLearnsTheOutcome() {
        beforeEveryPage(NO_SOCKETS);
        startLogin("100004");
        waitForText("The login was refused in the Smart-ID app.", Duration.ofSeconds(20));
    }

    @Test
    void focusFollowsEachStepAndTheOutcomeIsSaidOnce() {
        startLogin("100004");
        assertEquals(
                "code-panel", js("return document.activeElement.className;"), "focus on the code, not on the body");

        waitForText("The login was refused in the Smart-ID app.", Duration.ofSeconds(20));
        waitForAjax();
        PortalServer.sleep(200);
        String announced = browser.findElement(By.id("announcer")).getAttribute("textContent");
        assertTrue(announced.contains("The login was refused in the Smart-ID app."), announced);
        assertEquals(
                1,
                browser.findElements(By.cssSelector("[aria-live]")).size(),
                "one live region on the page: "
                        + js(
                                "return Array.from(document.querySelectorAll('[aria-live]')).map(e => e.outerHTML).join();"));
        assertTrue(
                (Boolean) js("return document.activeElement.closest('.ui-messages') !== null;"),
                "focus on the message: " + js("return document.activeElement.outerHTML;"));
    }

    /** The countdown's number as the browser draws it now. */
    private static int secondsLeft() {
        if (browser.findElements(By.cssSelector(".countdown .seconds")).isEmpty()) {
            throw new AssertionError("no countdown: " + js("return document.querySelector('main').outerHTML;"));
        }
        return Integer.parseInt(((String) js("return getComputedStyle(document.querySelector('.countdown .seconds'))"
                        + ".getPropertyValue('--seconds-left');"))
                .trim());
    }
}
