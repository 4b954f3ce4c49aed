package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility gate: axe-core (from the npm registry at build time, see the pom) checks every page and
 * state the tests reach, as members, admins and anonymous visitors see them, at a desktop and a phone width,
 * against WCAG 2.0/2.1/2.2 A and AA. Any serious or critical violation fails the build, and so does text outside
 * every landmark or a page that scrolls sideways at the phone's 390 px (reflow); every one found is printed with
 * the page, the rule and the elements.
 */
class AccessibilityIT extends BrowserTest {

    private static final String NOBODY = "987655";
    private static final List<Dimension> WIDTHS = List.of(new Dimension(1280, 1000), new Dimension(390, 844));

    private final List<String> violations = new ArrayList<>();
    private String axe;

    @Test
    void everyPageAndStateMeetsWcag22AaWithoutSeriousViolations() throws Exception {
        axe = Files.readString(Path.of("target/axe-core/package/axe.min.js"));
        int states = 0;
        for (Dimension size : WIDTHS) {
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(size);
            String width = size.getWidth() + "px";

            open("/?lang=en");
            check("union picker", width);
            open("/no-such-union");
            check("unknown union (404)", width);
            open("/nemunas/?lang=lt");
            check("login page, Lithuanian", width);
            open("/daugava/?lang=lv");
            check("login page, Latvian", width);
            open("/nemunas/?lang=en");
            button("Log in with Smart-ID").click();
            waitForText("Enter your user number.", Duration.ofSeconds(10));
            check("login page with a validation error", width);
            fieldLabelled("User number").sendKeys("100004");
            button("Log in with Smart-ID").click();
            waitForText("Verification code", Duration.ofSeconds(10));
            check("code page, waiting for Smart-ID", width);
            waitForText("The login was refused in the Smart-ID app.", Duration.ofSeconds(20));
            check("login refused in the app", width);
            open("/nemunas/smart-id?lang=en");
            check("Smart-ID memo", width);
            open("/nemunas/report?lang=en");
            check("report form", width);
            button("Send report").click();
            waitForText("Enter your user number or personal code.", Duration.ofSeconds(10));
            check("report form with validation errors", width);
            fieldLabelled("User number or personal code").sendKeys(NOBODY);
            fieldLabelled("Phone or e-mail").sendKeys("+370 600 00000");
            browser.findElement(By.xpath("//label[normalize-space(.)='Nothing, or I refused or cancelled it']"))
                    .click();
            button("Send report").click();
            waitForText("Reference", Duration.ofSeconds(10));
            check("report received, with advice", width);

            logIn("nemunas", "100002");
            check("member home", width);
            logOut();

            open("/nemunas/admin/login?lang=en");
            check("admin login", width);
            fieldLabelled("Personal code").sendKeys("50001029996");
            button("Log in with Smart-ID").click();
            waitForText("Incident reports", Duration.ofSeconds(30));
            check("admin: incident queue", width);
            browser.findElement(By.cssSelector("#queue a[href*='admin/incident']"))
                    .click();
            waitForText("Audit trail", Duration.ofSeconds(10));
            check("admin: incident detail", width);
            open("/nemunas/admin/members?lang=en");
            check("admin: members", width);
            fieldLabelled("User number or personal code").sendKeys("100002");
            button("Find").click();
            waitForText("Smart-ID attempts here", Duration.ofSeconds(10));
            check("admin: member", width);
            states += 17;
        }
        System.out.println("axe-core " + ((JavascriptExecutor) browser).executeScript("return axe.version") + ": "
                + states + " page states checked, " + violations.size() + " serious or critical violations");
        violations.forEach(System.out::println);
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    @SuppressWarnings("unchecked")
    private void check(String state, String width) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .until(
                        driver -> Boolean.TRUE.equals(
                                js.executeScript(
                                        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
        js.executeScript(axe);
        List<String> found = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
        found.forEach(violation -> violations.add(state + " @ " + width + ": " + violation));
        // Every text inside a landmark (axe's "region" rule, of any impact): a screen reader's landmark list reaches
        // it.
        List<String> outside = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'rule', values: ['region']}})
                  .then(result => done(result.violations.flatMap(v => v.nodes.map(n => 'region: outside landmarks -> ' + n.target.join(' ')))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
        outside.forEach(violation -> violations.add(state + " @ " + width + ": " + violation));
        // WCAG 1.4.10 Reflow: at a phone's width nothing needs scrolling sideways.
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        if (scrollWidth > viewport) {
            violations.add(state + " @ " + width + ": scrolls sideways, " + scrollWidth + " px of content in "
                    + viewport + " px");
        }
    }
}
