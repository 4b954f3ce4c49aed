package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ways a member who got a Smart-ID prompt they did not start finds the report form (the login page, the
 * memo, a refused or unanswered login, home's activity list), and the advice after a report, which follows
 * what the reporter did. Reports here are about a number that is nobody, so no demo member is paused.
 */
class ReportPathsIT extends BrowserTest {

    private static final String NOBODY = "987654";

    @Test
    void theLoginPageAndTheMemoLeadToTheReportForm() {
        open("/nemunas/?lang=en");
        WebElement entry = browser.findElement(By.id("report-entry"));
        assertEquals("Got a Smart-ID prompt you did not start? Report it", entry.getText());
        entry.click();
        assertTrue(browser.getCurrentUrl().contains("/nemunas/report"), browser.getCurrentUrl());
        assertTrue(bodyText().contains("Report a Smart-ID prompt you did not start"), bodyText());

        open("/daugava/smart-id?lang=lv");
        browser.findElement(By.id("memo-report")).click();
        assertTrue(browser.getCurrentUrl().contains("/daugava/report"), browser.getCurrentUrl());
        assertEquals("lv", htmlLang());
    }

    @Test
    void aRefusedLoginOffersTheReportFormFilledIn() {
        startLogin("nemunas", "100004"); // the simulator refuses in the app
        waitForText("Verification code", Duration.ofSeconds(10));
        String code = browser.findElement(By.cssSelector(".code")).getText();
        waitForText("The login was refused in the Smart-ID app.", Duration.ofSeconds(20));
        WebElement offer = browser.findElement(By.id("outcome-report"));
        assertEquals("Did not start this login? Report it", offer.getText());
        offer.click();
        assertEquals("100004", fieldLabelled("User number or personal code").getAttribute("value"));
        assertEquals(code, fieldLabelled("Verification code shown in the app").getAttribute("value"));
    }

    @Test
    void aCancelledLoginOffersNoReport() {
        startLogin("nemunas", "100004");
        waitForText("Verification code", Duration.ofSeconds(10));
        button("Cancel").click();
        waitForText("The login was cancelled.", Duration.ofSeconds(10));
        assertTrue(browser.findElements(By.id("outcome-report")).isEmpty(), "the member stopped it themselves");
    }

    @Test
    void homeOffersAReportNextToEachAttempt() {
        logIn("nemunas", "100002");
        List<WebElement> links = browser.findElements(By.cssSelector("a.activity-report"));
        assertFalse(links.isEmpty(), bodyText());
        String time = browser.findElement(By.cssSelector("table.activity tbody tr td"))
                .getText();
        assertEquals("Not you? Report it (" + time + ")", links.get(0).getAttribute("aria-label"));
        assertTrue(
                links.get(0).getAttribute("href").matches(".*/nemunas/report\\?at=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"),
                links.get(0).getAttribute("href"));
    }

    @Test
    void theAdviceFollowsWhatTheReporterDid() {
        String nothing = fileReport("Nothing, or I refused or cancelled it");
        assertTrue(nothing.contains("You did the right thing"), nothing);
        assertFalse(nothing.contains("Delete your Smart-ID account"), "no lost-phone advice for a refused prompt");
        assertFalse(nothing.contains("delete your Smart-ID account"), nothing);
        String phone = browser.findElement(By.id("advice-phone")).getAttribute("href");
        assertEquals("tel:+37037200100", phone, "the union's phone is a tap-to-call link");

        String pin1 = fileReport("I entered PIN1");
        assertTrue(pin1.contains("Someone may have logged in to your internet bank"), pin1);
        assertTrue(browser.findElement(By.id("advice-pins"))
                .getText()
                .contains("delete your Smart-ID account in the Smart-ID self-service portal and create it again"));
        assertEquals(
                "https://portal.smart-id.com/",
                browser.findElement(By.linkText("portal.smart-id.com")).getAttribute("href"));

        String pin2 = fileReport("I entered PIN2");
        assertTrue(pin2.contains("Someone may have signed a document or confirmed a payment in your name"), pin2);
    }

    private static String fileReport(String action) {
        open("/nemunas/report?lang=en");
        fieldLabelled("User number or personal code").sendKeys(NOBODY);
        fieldLabelled("Phone or e-mail").sendKeys("+370 600 00000");
        browser.findElement(By.xpath("//label[normalize-space(.)='" + action + "']"))
                .click();
        button("Send report").click();
        waitForText("Reference", Duration.ofSeconds(10));
        return bodyText();
    }
}
