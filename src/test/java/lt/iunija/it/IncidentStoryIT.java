package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole incident story, as the people in it live it: a prompt the member did not start, refused
 * on the phone, reported with its code; the report matched and logins muted; the union's admin finds the
 * matched attempt, handles and resolves the incident; the audit trail shows every step; the e-mail arrived.
 */
class IncidentStoryIT extends BrowserTest {

    /** The story's own member, nemunas 109002 (src/test/resources/it/members.csv). */
    private static final String MEMBER_IDENTITY = "PNOLV-030303-10215";

    @AfterEach
    void scriptedAnswersAgain() {
        setAnswerByHand(false);
    }

    @Test
    void anUnrequestedPromptIsReportedMatchedMutedAndResolvedByTheAdmin() throws Exception {
        // Someone who knows the member's user number starts a login at nemunas.
        setAnswerByHand(true);
        startLogin("nemunas", "109002");
        waitForText("Verification code", Duration.ofSeconds(10));
        String code = browser.findElement(By.cssSelector(".code")).getText();
        String reportLink = browser.findElement(By.id("report-link")).getAttribute("href");
        assertTrue(reportLink.contains("/nemunas/report?user=109002&code=" + code), reportLink);

        // The member's phone shows the prompt; they did not start it, so they refuse it.
        open("/smart-id-simulator/?lang=en");
        WebElement prompt = waitForPrompt(code);
        assertTrue(prompt.getText().contains(MEMBER_IDENTITY));
        prompt.findElement(By.xpath(".//button[normalize-space(.)='Refuse']")).click();
        waitForAjax();
        setAnswerByHand(false);

        // They report it on the union's public form, with the code the app showed.
        open("/nemunas/report?lang=en");
        button("Send report").click();
        waitForAjax();
        assertTrue(bodyText().contains("Enter your user number or personal code."), "validation speaks first");
        fieldLabelled("User number or personal code").sendKeys("109002");
        fieldLabelled("Verification code shown in the app").sendKeys(code);
        fieldLabelled("Phone or e-mail").sendKeys("not-an-address");
        fieldLabelled("Description").sendKeys("My phone asked for PIN1 while I was cooking.");
        browser.findElement(By.xpath("//label[normalize-space(.)='Nothing, or I refused or cancelled it']"))
                .click();
        button("Send report").click();
        waitForAjax();
        assertTrue(bodyText().contains("Enter a phone number (digits, may start with +) or an e-mail address."));
        assertEquals(
                "109002", fieldLabelled("User number or personal code").getAttribute("value"), "nothing typed is lost");
        assertEquals(code, fieldLabelled("Verification code shown in the app").getAttribute("value"));
        fieldLabelled("Phone or e-mail").clear();
        fieldLabelled("Phone or e-mail").sendKeys("+370 600 00000");
        button("Send report").click();
        waitForText("Reference", Duration.ofSeconds(10));
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(reference.matches("NEMUNAS-\\d{4}-\\d{4}"), reference);
        assertTrue(bodyText().contains("Never confirm a prompt you did not start yourself"));

        // The report matched the attempt, so prompts from browsers that never logged this person in are withheld:
        // the page waits as for anyone, and the wait ends unanswered (it does not tell a stranger why).
        startLogin("nemunas", "109002");
        waitForText("Verification code", Duration.ofSeconds(10));
        waitForText("The Smart-ID app was not answered in time", Duration.ofSeconds(15));

        // The union's incident address got an e-mail naming the reference, without the reporter's details.
        MimeMessage mail = awaitMail(reference);
        assertEquals("incidents@nemunas.example", mail.getAllRecipients()[0].toString());
        String body = (String) mail.getContent();
        assertTrue(body.contains("/nemunas/admin/incident?id="), body);
        assertTrue(!body.contains("+370 600 00000") && !body.contains("cooking"), "no personal details by e-mail");

        // The nemunas admin logs in with Smart-ID by personal code.
        logInAsAdmin("nemunas", "LT", "50001029996");
        assertTrue(bodyText().contains("New reports:"));
        browser.findElement(By.linkText(reference)).click();
        waitForText("Matched Smart-ID attempts", Duration.ofSeconds(10));
        assertEquals("Yes", browser.findElement(By.id("matched")).getText());
        WebElement attempts = browser.findElement(By.id("attempts"));
        assertTrue(attempts.getText().contains(code), attempts.getText());
        assertTrue(attempts.getText().contains("This union"));
        assertTrue(attempts.getText().contains("Refused in the app"), attempts.getText());
        assertTrue(bodyText().contains("New Smart-ID logins: paused"));

        // The admin takes it, notes, lifts the pause after calling the member, and resolves it.
        button("Take it").click();
        waitForText("The incident is yours now.", Duration.ofSeconds(10));
        fieldLabelled("Note").sendKeys("Called the member: they refused it.");
        button("Add note").click();
        waitForText("Note added.", Duration.ofSeconds(10));
        button("Allow new Smart-ID logins now").click();
        waitForText("New Smart-ID logins are allowed again for this person.", Duration.ofSeconds(10));
        selectOption("New status", "Resolved");
        selectOption("Resolution", "Confirmed fraud");
        button("Change status").click();
        waitForText("Status changed.", Duration.ofSeconds(10));
        assertEquals(
                "Resolved · Confirmed fraud",
                browser.findElement(By.id("status")).getText());

        String trail = browser.findElement(By.id("auditTrail")).getText();
        for (String step : new String[] {
            "Report received",
            "Matched with recorded Smart-ID attempts",
            "from browsers they have not used before are paused on every union",
            "E-mail sent to the incident address",
            "Taken",
            "Called the member: they refused it.",
            "Pause of new Smart-ID logins lifted",
            "Resolved"
        }) {
            assertTrue(trail.contains(step), "audit trail lacks '" + step + "':\n" + trail);
        }
        assertTrue(trail.indexOf("Report received") < trail.indexOf("Taken"), trail);
    }

    /**
     * Switches the simulator's phone page between answering by hand and the accounts' scripts. A setup step, so it
     * tries twice: once in CI the very first click of a fresh browser on this page (which polls every 2 s)
     * answered "page expired" (the view could not be restored); not reproduced since, see the notes.
     */
    static void setAnswerByHand(boolean on) {
        String wanted = on ? "Answer prompts by hand" : "Back to scripted results";
        String done = on ? "Back to scripted results" : "Answer prompts by hand";
        for (int attempt = 1; ; attempt++) {
            open("/smart-id-simulator/?lang=en");
            waitForAjax();
            if (browser.findElements(By.xpath("//button[normalize-space(.)='" + wanted + "']"))
                    .isEmpty()) {
                return;
            }
            button(wanted).click();
            try {
                waitForText(done, Duration.ofSeconds(10));
                return;
            } catch (AssertionError e) {
                if (attempt == 2 || !bodyText().contains("The page has expired")) {
                    throw e;
                }
            }
        }
    }

    private static WebElement waitForPrompt(String code) {
        waitForText(code, Duration.ofSeconds(15));
        return browser.findElements(By.cssSelector("section.prompt")).stream()
                .filter(section -> section.getText().contains(code))
                .findFirst()
                .orElseThrow();
    }

    static void logInAsAdmin(String union, String country, String personalCode) {
        open("/" + union + "/admin/?lang=en");
        if (!country.equals(union.equals("daugava") ? "LV" : "LT")) {
            throw new IllegalArgumentException("the form preselects the union's country");
        }
        fieldLabelled("Personal code").sendKeys(personalCode);
        button("Log in with Smart-ID").click();
        waitForText("Verification code", Duration.ofSeconds(10));
        waitForText("Incident reports", Duration.ofSeconds(30));
        assertTrue(browser.getCurrentUrl().endsWith("/" + union + "/admin/"), browser.getCurrentUrl());
    }

    /** Chooses an option of a select by the visible labels of the field and the option. */
    static void selectOption(String label, String option) {
        new Select(fieldLabelled(label)).selectByVisibleText(option);
    }

    private static MimeMessage awaitMail(String reference) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            // GreenMail lists messages per mailbox, not in arrival order; references are unique anyway.
            for (MimeMessage message : PortalServer.mail().getReceivedMessages()) {
                if (message.getSubject().contains(reference)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        StringBuilder subjects = new StringBuilder();
        for (MimeMessage message : PortalServer.mail().getReceivedMessages()) {
            subjects.append('\n').append(message.getSubject());
        }
        throw new AssertionError("no e-mail about " + reference + "; received:" + subjects);
    }
}
