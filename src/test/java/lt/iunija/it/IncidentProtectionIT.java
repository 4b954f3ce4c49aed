package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a report does to the member it is about, what admins of one union can reach of another, and how the
 * form and the e-mail hold up: blocking and ending sessions, isolation, throttling, mail retries.
 */
class IncidentProtectionIT extends BrowserTest {

    @Test
    void aReportOfAnAttemptThatSmartIdCompletedEndsItsSessionAndBlocksUnknownBrowsers() {
        // Someone got in: Smart-ID completed the attempt with OK, so PIN1 was entered on the member's phone.
        startLogin("daugava", "309003");
        waitForText("Verification code", Duration.ofSeconds(10));
        String code = browser.findElement(By.cssSelector(".code")).getText();
        waitForText("Log out", Duration.ofSeconds(30));

        String reference = report("daugava", "309003", code, "I entered PIN1", "anna@example.lv");

        // The session that attempt opened is over, and its browser is no longer known for the member.
        open("/daugava/home?lang=en");
        waitForText("Your session was ended for your safety", Duration.ofSeconds(10));
        assertTrue(browser.getCurrentUrl().contains("/daugava/"), browser.getCurrentUrl());
        // From that browser: no prompt while paused (the wait ends unanswered, as for anyone) ...
        fieldLabelled("User number").sendKeys("309003");
        button("Log in with Smart-ID").click();
        waitForText("The Smart-ID app was not answered in time", Duration.ofSeconds(15));

        // The daugava admin sees why, and lifts the pause after talking to the member.
        IncidentStoryIT.logInAsAdmin("daugava", "LV", "020100-29990");
        browser.findElement(By.linkText(reference)).click();
        waitForText("blocked for browsers the member has not used here", Duration.ofSeconds(10));
        assertEquals("High", browser.findElement(By.id("severity")).getText());
        assertTrue(browser.findElement(By.id("auditTrail"))
                .getText()
                .contains("Smart-ID confirmed the matched attempt with PIN1: the sessions it opened were ended"));
        button("Allow new Smart-ID logins now").click();
        waitForText("New Smart-ID logins are allowed again", Duration.ofSeconds(10));

        // ... then the prompt goes out, and only after Smart-ID proved the person does the page tell of the block.
        browser.manage().deleteAllCookies();
        startLogin("daugava", "309003");
        waitForText("Smart-ID login is blocked for your membership", Duration.ofSeconds(15));

        IncidentStoryIT.logInAsAdmin("daugava", "LV", "020100-29990");
        browser.findElement(By.linkText(reference)).click();
        button("Unblock Smart-ID login").click();
        waitForText("Smart-ID login unblocked.", Duration.ofSeconds(10));
        assertTrue(browser.findElement(By.id("auditTrail")).getText().contains("Smart-ID login unblocked"));
        browser.manage().deleteAllCookies();
        logIn("daugava", "309003");
    }

    @Test
    void anUnmatchedReportIsQueuedWithoutAnyAutomaticActionAndStaysInsideItsUnion() throws Exception {
        String reference = report("baltija", "999999", null, "Nothing, or I refused or cancelled it", "+370 600 11111");

        IncidentStoryIT.logInAsAdmin("baltija", "LT", "39901012239");
        String href = browser.findElement(By.linkText(reference)).getAttribute("href");
        String id = href.substring(href.indexOf("id=") + 3);

        // The queue's filters and CSV export see it as an unmatched new report.
        exportCsvContains(reference, true);
        IncidentStoryIT.selectOption("Matched", "Yes");
        button("Apply filters").click();
        waitForAjax();
        assertFalse(bodyText().contains(reference), "an unmatched report is not under 'matched'");
        exportCsvContains(reference, false);

        open("/baltija/admin/incident?id=" + id + "&lang=en");
        assertEquals("No", browser.findElement(By.id("matched")).getText());
        assertTrue(bodyText().contains("No recorded Smart-ID attempt matched this report."));
        assertTrue(browser.findElement(By.id("auditTrail")).getText().contains("no automatic action"));
        logOut();

        // The nemunas admin cannot reach it, neither through nemunas nor through baltija's addresses.
        IncidentStoryIT.logInAsAdmin("nemunas", "LT", "50001029996");
        open("/nemunas/admin/incident?id=" + id + "&lang=en");
        assertTrue(bodyText().contains("Page not found"), bodyText());
        assertFalse(bodyText().contains(reference));
        // An address whose id is not a number is not a page either.
        open("/nemunas/admin/incident?id=" + id + "x&lang=en");
        assertTrue(bodyText().contains("Page not found"), bodyText());
        open("/nemunas/admin/member?id=first&lang=en");
        assertTrue(bodyText().contains("Page not found"), bodyText());
        open("/baltija/admin/incident?id=" + id + "&lang=en");
        assertTrue(browser.getCurrentUrl().endsWith("/baltija/admin/login"), browser.getCurrentUrl());
        open("/baltija/admin/?lang=en");
        assertTrue(browser.getCurrentUrl().endsWith("/baltija/admin/login"), browser.getCurrentUrl());
    }

    @Test
    void anAttemptThroughAnotherUnionMatchesButIsNotNamed() {
        // Someone starts a login for the person at nemunas; the person reports it to baltija, their other union.
        startLogin("nemunas", "109004");
        waitForText("Verification code", Duration.ofSeconds(10));
        String code = browser.findElement(By.cssSelector(".code")).getText();
        PortalServer.sleep(1000); // a person reads the code; by then the prompt is on the phone
        button("Cancel").click();
        waitForText("The login was cancelled.", Duration.ofSeconds(10));

        String reference = report("baltija", "209004", code, "Nothing, or I refused or cancelled it", "+370 600 33333");

        IncidentStoryIT.logInAsAdmin("baltija", "LT", "39901012239");
        browser.findElement(By.linkText(reference)).click();
        waitForText("Matched Smart-ID attempts", Duration.ofSeconds(10));
        String attempts = browser.findElement(By.id("attempts")).getText();
        assertTrue(attempts.contains(code) && attempts.contains("Another union"), attempts);
        assertFalse(bodyText().toLowerCase(java.util.Locale.ROOT).contains("nemunas"), "the other union stays unnamed");
        button("Allow new Smart-ID logins now").click();
        waitForText("New Smart-ID logins are allowed again", Duration.ofSeconds(10));
    }

    @Test
    void aMemberSessionIsNeverAnAdminSession() {
        // baltija 200002 is the person who administers nemunas: a member login at baltija is no admin login.
        logIn("baltija", "200002");
        open("/nemunas/admin/?lang=en");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/admin/login"), browser.getCurrentUrl());
        open("/baltija/admin/?lang=en");
        assertTrue(browser.getCurrentUrl().endsWith("/baltija/admin/login"), browser.getCurrentUrl());
    }

    @Test
    void reportsAreThrottledPerAddressWithoutLosingTheForm() {
        // Through the proxy the test server trusts ([::1]) the reports come from an address of their own, which
        // no other test's reports share: every connection from this machine comes from 127.0.0.1, even one made
        // to 127.0.0.2, so the count of 127.0.0.1 depends on which tests ran before.
        java.net.URI form = PortalServer.uri("/nemunas/report?lang=en");
        form = java.net.URI.create(form.toString().replace("localhost", "[::1]"));
        java.util.Map<String, String> typed = java.util.Map.of(
                "report:subject",
                "123456",
                "report:country_input",
                "LT",
                "report:action",
                "NOTHING",
                "report:contact",
                "+370 600 22222");
        for (int sent = 0; sent < PortalServer.REPORT_ADDRESS_LIMIT; sent++) {
            FacesPageClient.Answer answer = new FacesPageClient(form, "report")
                    .withHeaders("X-Forwarded-For", "198.51.100.23")
                    .open()
                    .submit("send", typed);
            assertTrue(
                    answer.reference().isPresent(),
                    "refused after " + sent + " reports from this address: " + answer.message());
        }
        FacesPageClient.Answer refused = new FacesPageClient(form, "report")
                .withHeaders("X-Forwarded-For", "198.51.100.23")
                .open()
                .submit("send", typed);

        assertFalse(refused.reference().isPresent());
        assertEquals(
                "Too many reports from this connection. Please call your credit union instead: +370 37 200 100.",
                refused.message().orElseThrow());
        // The answer shows the form again with what was typed in it: nothing is lost.
        assertTrue(refused.body().contains("value=\"123456\""), refused.body());
        assertTrue(refused.body().contains("value=\"+370 600 22222\""), refused.body());
    }

    @Test
    void theReportIsKeptWhenMailIsDownAndTheEmailIsRetried() throws Exception {
        PortalServer.stopMail();
        String reference;
        try {
            long failedBefore = metric("incident_mail_failed_total");
            reference = report("nemunas", "888888", null, "Nothing, or I refused or cancelled it", "ona@example.lt");
            // The first try fails while the mail server is down, so the e-mail that arrives later is a retry.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (metric("incident_mail_failed_total") <= failedBefore && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertTrue(
                    metric("incident_mail_failed_total") > failedBefore, "a try failed while the mail server was down");
            assertTrue(mailBacklog() >= 1, "the operator sees the e-mail waiting in the metrics");
        } finally {
            PortalServer.restartMail();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : PortalServer.mail().getReceivedMessages()) {
                if (message.getSubject().contains(reference)) {
                    while (mailBacklog() > 0 && System.nanoTime() < deadline) {
                        Thread.sleep(250); // other tests' e-mails of the outage go out too
                    }
                    assertEquals(0, mailBacklog(), "nothing left waiting once the mail server is back");
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the e-mail about " + reference + " was not retried");
    }

    /** {@code incident_mail_backlog} of the application metrics (OpenMetrics text). */
    private static long mailBacklog() {
        return Http.get("/metrics?scope=application", "Accept", "text/plain")
                .body()
                .lines()
                .filter(line -> line.startsWith("incident_mail_backlog"))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no incident_mail_backlog in the metrics"));
    }

    /** A counter of the application metrics (OpenMetrics text), 0 until it is first counted. */
    private static long metric(String name) {
        return Http.get("/metrics?scope=application", "Accept", "text/plain")
                .body()
                .lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0L);
    }

    /** Sends a report on the union's form and returns its reference. */
    static String report(String union, String subject, String code, String action, String contact) {
        open("/" + union + "/report?lang=en");
        fillReport(subject, code, action, contact);
        button("Send report").click();
        waitForText("Reference", Duration.ofSeconds(10));
        return browser.findElement(By.id("reference")).getText();
    }

    private static void fillReport(String subject, String code, String action, String contact) {
        fieldLabelled("User number or personal code").clear();
        fieldLabelled("User number or personal code").sendKeys(subject);
        if (code != null) {
            fieldLabelled("Verification code shown in the app").sendKeys(code);
        }
        browser.findElement(By.xpath("//label[normalize-space(.)='" + action + "']"))
                .click();
        fieldLabelled("Phone or e-mail").clear();
        fieldLabelled("Phone or e-mail").sendKeys(contact);
    }

    private static void exportCsvContains(String reference, boolean expected) throws Exception {
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        button("Export CSV").click();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                var csv = files.filter(file -> file.toString().endsWith(".csv")).findFirst();
                if (csv.isPresent()) {
                    String content = Files.readString(csv.get(), StandardCharsets.UTF_8);
                    assertTrue(content.startsWith("\uFEFFReference,Reported,"), content);
                    assertEquals(expected, content.contains(reference), content);
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no CSV was downloaded");
    }
}
