package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The union picker, a union's login page in its languages, the Smart-ID memo and the 404 page. */
class UnionPagesIT extends BrowserTest {

    @Test
    void thePickerListsEveryUnionAndLeadsToItsLoginPage() {
        open("/?lang=en");

        List<String> links = browser.findElements(By.cssSelector(".union-list a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
        assertEquals(
                List.of("/baltija/", "/daugava/", "/nemunas/"),
                links.stream()
                        .map(href -> href.substring(href.indexOf('/', "http://".length())))
                        .toList());

        browser.findElement(By.partialLinkText("Nemunas Credit Union")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/"));
        fieldLabelled("User number");
    }

    @Test
    void aLithuanianUnionSpeaksLithuanianByDefaultAndEnglishOnRequest() {
        open("/nemunas/");
        assertEquals("lt", htmlLang());
        fieldLabelled("Vartotojo numeris");
        button("Prisijungti su Smart-ID");

        open("/nemunas/?lang=en");
        assertEquals("en", htmlLang());
        fieldLabelled("User number");
        button("Log in with Smart-ID");
        assertTrue(bodyText().contains("Nemunas Credit Union"));
    }

    @Test
    void aLatvianUnionSpeaksLatvianAndTheChoiceIsRemembered() {
        open("/daugava/");
        assertEquals("lv", htmlLang());
        fieldLabelled("Lietotāja numurs");
        button("Pieslēgties ar Smart-ID");

        browser.findElement(By.linkText("English")).click();
        assertEquals("en", htmlLang());
        open("/daugava/smart-id");
        assertEquals("en", htmlLang(), "the language choice is remembered");
    }

    @Test
    void everyAddressOnAUnionPageKeepsTheUnionsPrefix() {
        open("/baltija/?lang=en");

        for (WebElement element :
                browser.findElements(By.cssSelector("script[src], link[href], form[action], img[src]"))) {
            String url = element.getAttribute(
                    element.getTagName().equals("link")
                            ? "href"
                            : element.getTagName().equals("form") ? "action" : "src");
            assertTrue(url.contains("/baltija/"), () -> element.getTagName() + " " + url);
        }
    }

    @Test
    void theLoginFormValidatesInTheMembersLanguageAndKeepsWhatWasTyped() {
        open("/nemunas/?lang=en");
        button("Log in with Smart-ID").click();
        waitForAjax();
        assertTrue(bodyText().contains("Enter your user number."));

        WebElement userNumber = fieldLabelled("User number");
        userNumber.sendKeys("12ab");
        button("Log in with Smart-ID").click();
        waitForAjax();
        assertTrue(bodyText().contains("A user number is 4 to 12 digits."));
        assertEquals("12ab", fieldLabelled("User number").getAttribute("value"));

        open("/nemunas/?lang=lt");
        button("Prisijungti su Smart-ID").click();
        waitForAjax();
        assertTrue(bodyText().contains("Įveskite vartotojo numerį."));
    }

    @Test
    void theMemoExplainsSmartIdWithTheUnionsContacts() {
        open("/nemunas/smart-id?lang=en");

        String text = bodyText();
        assertTrue(text.contains("Only a qualified Smart-ID account"));
        assertTrue(text.contains("Green background"));
        assertTrue(text.contains("PIN1 confirms a login"));
        assertTrue(text.contains("Delete your Smart-ID account"));
        assertTrue(text.contains("Never confirm a prompt you did not start"));
        assertTrue(text.contains("The same Smart-ID account works at every credit union"));
        assertTrue(text.contains("+370 37 200 100"));
        assertTrue(text.contains(
                "Forgot a PIN, or told it to someone? Delete your Smart-ID account and create it again."));
        assertEquals(
                "tel:+37067041807",
                browser.findElement(By.linkText("+370 67041807")).getAttribute("href"),
                "Smart-ID's help desk");
        assertEquals(
                "mailto:help.lt@smart-id.com",
                browser.findElement(By.linkText("help.lt@smart-id.com")).getAttribute("href"));
        assertTrue(browser.findElements(By.linkText("portal.smart-id.com")).size() >= 1, "the self-service portal");
        assertEquals(
                "https://lku.lt/",
                browser.findElement(By.linkText("lku.lt")).getAttribute("href"),
                "the list of unions");
        assertEquals(
                "https://www.smart-id.com/",
                browser.findElement(By.linkText("More about Smart-ID accounts")).getAttribute("href"));

        open("/daugava/smart-id?lang=lv");
        assertTrue(bodyText().contains("Smart-ID atgādne"));
        assertTrue(bodyText().contains("+371 67 000 300"));
    }

    @Test
    void anUnknownUnionShowsThePicker() {
        open("/no-such-union/?lang=en");

        assertTrue(bodyText().contains("Page not found"));
        assertEquals(3, browser.findElements(By.cssSelector(".union-list a")).size());
    }

    @Test
    void aUnionsHostServesThatUnionOnly() {
        String port = String.valueOf(PortalServer.baseUri().getPort());
        browser.get("http://nemunas.localhost:" + port + "/?lang=en");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/?lang=en"), browser.getCurrentUrl());
        fieldLabelled("User number");

        browser.get("http://nemunas.localhost:" + port + "/baltija/?lang=en");
        assertTrue(bodyText().contains("Page not found"));
    }

    /** PrimeFaces' own texts, corrected where its Lithuanian and Latvian are wrong ("monuo", the informal "you"). */
    @Test
    void theDatePickerSpeaksTheMembersLanguageCorrectly() {
        open("/nemunas/report?lang=lt");
        fieldLabelled("Kada atėjo užklausa?").click();
        WebElement next = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.cssSelector(".ui-datepicker-next")));
        assertEquals("Kitas mėnuo", next.getAttribute("aria-label"));
        assertEquals(
                "Ankstesnis mėnuo",
                browser.findElement(By.cssSelector(".ui-datepicker-prev")).getAttribute("aria-label"));

        open("/daugava/report?lang=lv");
        assertEquals(
                "Šodien",
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return PrimeFaces.locales.lv.today;"));
    }
}
