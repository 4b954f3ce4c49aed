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
 * How the code page waits for the member's answer: it sends only its cheap question every 2 seconds (has the wait
 * ended?) and no Faces request while nothing happens (the countdown runs in the browser), then asks for the outcome
 * once, moves focus to each new step and says the outcome once in its live region; without fetch() it still learns
 * the outcome by asking.
 */
class SmartIdWaitIT extends BrowserTest {

    /** A browser (or a proxy in front of it) without fetch(). */
    private static final String NO_FETCH = "window.fetch = undefined;";

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
        return (Long) js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'xmlhttprequest').length;");
    }

    /** The page's questions so far (has the wait ended?). */
    private static long questions() {
        return (Long) js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'fetch' && e.name.includes('/smart-id-wait/')).length;");
    }

    private static void startLogin(String userNumber) {
        startLogin("nemunas", userNumber);
        waitForText("Verification code", Duration.ofSeconds(10));
        waitForAjax();
    }

    /**
     * The member answers on the simulator's phone page (another tab) after a while: meanwhile the code page sends no
     * Faces request, only its question every 2 seconds, and its countdown still runs; told "ended", it asks for the
     * outcome once.
     */
    @Test
    void theCodePageOnlyAsksWhetherTheWaitHasEndedWhileTheMemberAnswers() {
        IncidentStoryIT.setAnswerByHand(true);
        try {
            startLogin("100004");
            String code = browser.findElement(By.cssSelector(".code")).getText();
            String codePage = browser.getWindowHandle();
            long afterStart = ajaxRequests();
            long questionsBefore = questions();
            int first = secondsLeft();
            PortalServer.sleep(5000);
            assertTrue(
                    secondsLeft() <= first - 4,
                    "the countdown runs in the browser: " + first + " then " + secondsLeft());
            assertEquals(0, ajaxRequests() - afterStart, "no Faces request while the member answers");
            long asked = questions() - questionsBefore;
            assertTrue(asked >= 2 && asked <= 4, asked + " questions in 5 s (one every 2 seconds)");

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
            assertEquals(1, ajaxRequests() - afterStart, "told \"ended\", one question for the outcome");
            long questionsAfterEnd = questions();
            PortalServer.sleep(2500);
            assertEquals(questionsAfterEnd, questions(), "no more questions once the wait has ended");
        } finally {
            IncidentStoryIT.setAnswerByHand(false);
        }
    }

    @Test
    void withoutFetchThePageStillLearnsTheOutcome() {
        beforeEveryPage(NO_FETCH);
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
