package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A member's session: switching to another union from home, and the idle warning with its way to stay. */
class MemberSessionIT extends BrowserTest {

    @Test
    void choosingAnotherUnionFromHomeLogsInThereWithSmartIdAlone() {
        logIn("baltija", "209001");
        assertTrue(bodyText().contains("Your other unions"));

        button("Daugava Credit Union").click();
        try {
            waitForText("Logging in to Daugava Credit Union.", Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            throw new AssertionError("no code panel on " + browser.getCurrentUrl() + ":\n" + bodyText(), e);
        }
        assertTrue(browser.findElement(By.cssSelector(".code")).getText().matches("[0-9]{4}"));

        // Daugava's own rule applies: the first Smart-ID login there asks for its code card.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getCurrentUrl().contains("/daugava/"));
        assertTrue(browser.getCurrentUrl().endsWith("/daugava/activate"), browser.getCurrentUrl());
        assertTrue(bodyText().contains("Please confirm your first Smart-ID login with your code card."), bodyText());

        // The session now belongs to daugava only.
        open("/baltija/home");
        assertTrue(browser.getCurrentUrl().endsWith("/baltija/"), browser.getCurrentUrl());
    }

    /**
     * A member of two unions (both confirmed with the code card before) goes back and forth between them from
     * home a dozen times: each switch shows its verification code and lands on the other union's home.
     */
    @Test
    void switchingBackAndForthManyTimesNeverFails() {
        logIn("baltija", "209002");
        String[] unions = {"baltija", "daugava"};
        String[] names = {"Baltija Credit Union", "Daugava Credit Union"};
        for (int switchNumber = 1; switchNumber <= 12; switchNumber++) {
            int to = switchNumber % 2;
            button(names[to]).click();
            try {
                waitForText("Logging in to " + names[to] + ".", Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "switch " + switchNumber + ": no code panel on " + browser.getCurrentUrl() + ":\n" + bodyText(),
                        e);
            }
            // read again if the page replaced the panel meanwhile (its first question may be answered "ended" just
            // then)
            String code = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(5))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.cssSelector(".code")).getText());
            assertTrue(code.matches("[0-9]{4}"), "switch " + switchNumber + ": " + code);
            String home = "/" + unions[to] + "/home";
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(driver ->
                            driver.getCurrentUrl().endsWith(home) && bodyText().contains("Log out"));
            assertTrue(
                    bodyText().contains(names[1 - to]),
                    "switch " + switchNumber + ": the other union is offered: " + bodyText());
        }
    }

    @Test
    void anIdleMemberIsWarnedCanStayAndIsLoggedOutAtTheEnd() {
        logIn("nemunas", "109001");

        waitForText("Are you still there?", Duration.ofSeconds(30));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> "Stay logged in"
                        .equals(driver.switchTo()
                                .activeElement()
                                .getText())); // focus in the dialog, not on the page behind
        button("Stay logged in").click();
        waitForText("You stay logged in.", Duration.ofSeconds(10));
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/home"));

        waitForText(
                "You were logged out because nothing happened for a while.",
                Duration.ofSeconds(PortalServer.IDLE_SECONDS + 20));
        open("/nemunas/home");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/"), "the session is over: " + browser.getCurrentUrl());
    }
}
