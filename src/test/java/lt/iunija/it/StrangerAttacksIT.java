package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * What a stranger who knows only a member's user number can do to that member, tried as a penetration test
 * tried it: report their own cancelled attempt, bomb the member with prompts, tell members from
 * strangers by the login page. None of it may lock the member out of their own browser, or tell who is a member.
 * The stranger is a {@link FacesPageClient} (a browser of their own); the member uses Chromium.
 */
class StrangerAttacksIT extends BrowserTest {

    private static final String TIMED_OUT = "The Smart-ID app was not answered in time. Please try again.";

    @ParameterizedTest
    @ValueSource(strings = {"I entered PIN1", "Nothing, or I refused or cancelled it"})
    void aStrangersReportOfTheirOwnAttemptLeavesTheMemberLoggedInAndAbleToLogInAgain(String claimed) {
        logInAtHome("baltija", "209011");
        Set<Cookie> membersBrowser = browser.manage().getCookies();

        // The stranger types the member's number, reads the code off our page, cancels, and reports it.
        FacesPageClient stranger = new FacesPageClient("baltija").open();
        String code = stranger.logIn("209011").code().orElseThrow();
        PortalServer.sleep(1000); // the prompt is on the member's phone by now (a cancel before it goes out sends none)
        stranger.cancel();
        browser.manage().deleteAllCookies();
        String reference = IncidentProtectionIT.report("baltija", "209011", code, claimed, "+370 600 99999");

        // The member's session goes on, and the member logs in again from the same browser.
        restore(membersBrowser);
        open("/baltija/home?lang=en");
        waitForText("Log out", Duration.ofSeconds(10));
        assertTrue(browser.getCurrentUrl().contains("/baltija/home"), browser.getCurrentUrl());
        logOut();
        logInAtHome("baltija", "209011");

        // The stranger's next prompt is withheld: the wait looks like any other and ends unanswered.
        FacesPageClient again = new FacesPageClient("baltija").open();
        assertTrue(again.logIn("209011").code().isPresent());
        FacesPageClient.Answer ended = again.pollUntilEnded(Duration.ofSeconds(20));
        assertEquals(TIMED_OUT, ended.message().orElse(ended.body()));

        // The admin sees the report matched, the pause, and no session ended: nothing proved a PIN was entered.
        browser.manage().deleteAllCookies();
        IncidentStoryIT.logInAsAdmin("baltija", "LT", "39901012239");
        browser.findElement(By.linkText(reference)).click();
        waitForText("Matched Smart-ID attempts", Duration.ofSeconds(10));
        String trail = browser.findElement(By.id("auditTrail")).getText();
        assertTrue(trail.contains("from browsers they have not used before are paused"), trail);
        assertFalse(trail.contains("the sessions it opened were ended"), trail);
        assertTrue(browser.findElement(By.id("attempts")).getText().contains(code));
        button("Allow new Smart-ID logins now").click();
        waitForText("New Smart-ID logins are allowed again", Duration.ofSeconds(10));
    }

    @Test
    void bombingPromptsExhaustsOnlyTheStrangersBudgetNotTheMembersOwnBrowser() {
        logInAtHome("daugava", "309011");
        logOut();

        // Twenty starts from a stranger's browser: the shared budget for this person runs out.
        boolean refused = false;
        for (int start = 0; start < 20 && !refused; start++) {
            FacesPageClient.Answer answer =
                    new FacesPageClient("daugava").open().logIn("309011");
            refused = answer.message()
                    .filter(message -> message.startsWith("Too many Smart-ID requests"))
                    .isPresent();
        }
        assertTrue(refused, "the stranger's starts are throttled");

        // The member's own browser has its own budget.
        logInAtHome("daugava", "309011");
    }

    @Test
    void aMembersAndAStrangersNumberLookTheSameUntilSmartIdAnswers() {
        // nemunas 100005 is a member whose Smart-ID prompt is never answered (SK's TIMEOUT test account).
        List<Long> memberFirst = new ArrayList<>();
        List<Long> strangerFirst = new ArrayList<>();
        List<Long> memberWait = new ArrayList<>();
        List<Long> strangerWait = new ArrayList<>();
        for (int sample = 0; sample < 15; sample++) {
            measure("100005", memberFirst, memberWait);
            measure(String.valueOf(ThreadLocalRandom.current().nextInt(500000, 999999)), strangerFirst, strangerWait);
        }
        double firstRatio = (double) median(memberFirst) / median(strangerFirst);
        double waitRatio = (double) median(memberWait) / median(strangerWait);
        String figures = "first answer median " + median(memberFirst) / 1000 + " µs (member) vs "
                + median(strangerFirst) / 1000 + " µs; wait median " + median(memberWait) / 1_000_000 + " ms vs "
                + median(strangerWait) / 1_000_000 + " ms";
        System.out.println("Login page timing: " + figures);
        // Generous: the simulator answers the member's Smart-ID request in this same JVM, on the same two cores.
        assertTrue(firstRatio > 1 / 3.0 && firstRatio < 3, figures);
        assertTrue(waitRatio > 0.8 && waitRatio < 1.25, figures);
    }

    /** One login start as an attacker scripts it: the first answer's time, then the wait's length and end. */
    private static void measure(String userNumber, List<Long> first, List<Long> waits) {
        FacesPageClient client = new FacesPageClient("nemunas").open();
        FacesPageClient.Answer started = client.logIn(userNumber);
        assertEquals(200, started.status());
        assertTrue(started.code().isPresent(), "a code for every number: " + started.body());
        assertFalse(started.message().isPresent(), "no message before Smart-ID answers: " + started.body());
        first.add(started.nanos());
        long waitStart = System.nanoTime();
        FacesPageClient.Answer ended = client.pollUntilEnded(Duration.ofSeconds(20), Duration.ofMillis(200));
        waits.add(System.nanoTime() - waitStart);
        assertEquals(TIMED_OUT, ended.message().orElse(ended.body()), "the same last word for " + userNumber);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The member's whole login, and the code shown on the way home. */
    private static void logInAtHome(String union, String userNumber) {
        startLogin(union, userNumber);
        waitForText("Verification code", Duration.ofSeconds(10));
        waitForText("Log out", Duration.ofSeconds(30));
        assertTrue(browser.getCurrentUrl().endsWith("/" + union + "/home"), browser.getCurrentUrl());
    }

    private static void restore(Set<Cookie> cookies) {
        browser.get(PortalServer.uri("/health").toString());
        browser.manage().deleteAllCookies();
        cookies.forEach(cookie -> browser.manage().addCookie(cookie));
    }
}
