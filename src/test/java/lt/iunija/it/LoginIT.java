package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Members log in with Smart-ID (the simulator answers after its short test delay). The demo members' first
 * logins (nemunas 100001, daugava 300003) are confirmed here and by no other class; the card this class locks
 * belongs to its own member, nemunas 109011.
 */
class LoginIT extends BrowserTest {

    /** The login started, and the page's answer to it rendered. */
    private static void startLoginAndSettle(String union, String userNumber) {
        startLogin(union, userNumber);
        waitForAjax();
    }

    private static String shownCode() {
        waitForText("Verification code", Duration.ofSeconds(10));
        return browser.findElement(By.cssSelector(".code")).getText();
    }

    private static void waitFor(String text) {
        waitForText(text, Duration.ofSeconds(30));
    }

    /** Code number k of a member's card, a demo member's or the tests' own. */
    private static String cardCode(String union, String userNumber, int k) throws Exception {
        String line = Files.readAllLines(PortalServer.membersFile()).stream()
                .filter(row -> row.startsWith(union + "," + userNumber + ","))
                .findFirst()
                .orElseThrow();
        return line.split(",")[4].split(" ")[k - 1];
    }

    private static int askedPosition() {
        String label = browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Key/Code (')]"))
                .getText();
        return Integer.parseInt(label.replaceAll("\\D", ""));
    }

    @Test
    void anActivatedMemberGoesStraightHomeAndLogsOut() {
        startLoginAndSettle("nemunas", "100002");
        String code = shownCode();
        assertTrue(code.matches("[0-9]{4}"), code);
        assertTrue(
                bodyText().contains("Enter PIN1 in the Smart-ID app only if the app shows the same verification code"));
        assertTrue(bodyText().contains("A login request was sent to your mobile device."));
        button("Cancel");

        waitFor("Log out");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/home"), browser.getCurrentUrl());
        assertTrue(bodyText().contains("OK TESTNUMBER"));
        assertTrue(bodyText().contains("Your recent Smart-ID activity here"));
        String activity = browser.findElement(By.cssSelector(".activity tbody")).getText();
        assertTrue(activity.contains("Chrome, Linux"), "the device as the member knows it: " + activity);

        logOut();
        fieldLabelled("User number");
        open("/nemunas/home");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/"), "home needs a session");
    }

    /**
     * Once Smart-ID confirmed, the page says "Please wait. Logging in…" (the Latvian bank's wording in Latvian)
     * instead of a code that no longer matters, and its next request completes the login.
     */
    @Test
    void aConfirmedLoginSaysLoggingInWhileItCompletes() {
        FacesPageClient page = new FacesPageClient(PortalServer.uri("/daugava/?lang=lv"), "login").open();
        assertTrue(page.logIn("300005").code().isPresent());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        FacesPageClient.Answer answer = page.poll();
        while (answer.unchanged() && System.nanoTime() < deadline) {
            PortalServer.sleep(500);
            answer = page.poll();
        }
        assertTrue(answer.body().contains("Lūdzu uzgaidiet. Notiek ielogošanās…"), answer.body());
        assertTrue(page.complete().body().contains("<redirect url=\"/daugava/home\""), "the login completes");
    }

    @Test
    void theFirstLoginAtAUnionIsConfirmedWithTheCodeCard() throws Exception {
        startLoginAndSettle("nemunas", "100001");
        shownCode();
        waitFor("Please confirm your first Smart-ID login with your code card.");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/activate"));

        int position = askedPosition();
        fieldLabelled("Key/Code (" + position + ")").sendKeys(cardCode("nemunas", "100001", position));
        button("Confirm").click();

        waitFor("You have successfully activated Smart-ID.");
        assertTrue(bodyText().contains("Log out"));
        assertTrue(bodyText().contains("Baltija Credit Union"), "the person's other unions");
        assertTrue(bodyText().contains("Daugava Credit Union"));
    }

    @Test
    void threeWrongCardCodesLockTheCard() throws Exception {
        startLoginAndSettle("nemunas", "109011");
        shownCode();
        waitFor("Please confirm your first Smart-ID login with your code card.");
        for (int attempt = 1; attempt <= 3; attempt++) {
            int position = askedPosition();
            String wrong =
                    String.format("%06d", (Integer.parseInt(cardCode("nemunas", "109011", position)) + 1) % 1000000);
            fieldLabelled("Key/Code (" + position + ")").sendKeys(wrong);
            button("Confirm").click();
            waitForAjax();
        }
        waitFor("Your code card is locked");
        assertTrue(bodyText().contains("+370 37 200 100"), "the union's contacts");

        startLoginAndSettle("nemunas", "109011");
        waitFor("Your code card is locked");
    }

    @Test
    void aNonQualifiedAccountIsRefusedWithTheMemosAdvice() {
        startLoginAndSettle("nemunas", "100003");

        waitFor("is not qualified (a green background in the app)");
        fieldLabelled("User number");
    }

    @Test
    void aRefusedPromptSaysSo() {
        startLoginAndSettle("nemunas", "100004");
        shownCode();

        waitFor("The login was refused in the Smart-ID app.");
    }

    @Test
    void theMemberCanCancelTheWait() {
        startLoginAndSettle("nemunas", "100005");
        shownCode();
        button("Cancel").click();

        waitFor("The login was cancelled.");
        fieldLabelled("User number");
    }

    @Test
    void anUnknownUserNumberLooksLikeAPromptNobodyAnswered() {
        startLoginAndSettle("nemunas", "999999");
        assertTrue(shownCode().matches("[0-9]{4}"), "a code page like any other");

        waitFor("The Smart-ID app was not answered in time.");
    }

    @Test
    void aSessionOfOneUnionIsRefusedOnAnotherUnionsHome() {
        startLoginAndSettle("baltija", "200002");
        shownCode();
        waitFor("Log out");

        open("/nemunas/home?lang=en");
        assertTrue(browser.getCurrentUrl().endsWith("/nemunas/"), browser.getCurrentUrl());
        assertEquals(
                0,
                browser.findElements(By.xpath("//*[contains(text(), 'OK TESTNUMBER')]"))
                        .size());
    }

    @Test
    void aLatvianMemberLogsInInLatvian() {
        open("/daugava/?lang=lv");
        fieldLabelled("Lietotāja numurs").sendKeys("300001");
        button("Pieslēgties ar Smart-ID").click();
        waitForAjax();

        waitFor("Iziet");
        assertTrue(bodyText().contains("Jūsu nesenās Smart-ID darbības šeit"));
    }

    @Test
    void aTimedOutPromptSaysSo() {
        startLoginAndSettle("nemunas", "100005");
        shownCode();

        waitFor("The Smart-ID app was not answered in time.");
    }

    @Test
    void aWrongVerificationCodeChoiceSaysSo() {
        startLoginAndSettle("nemunas", "100006");
        shownCode();

        waitFor("A different verification code was chosen in the Smart-ID app.");
    }

    @Test
    void oneSmartIdAccountWorksAtEveryUnionWithItsOwnActivation() throws Exception {
        startLoginAndSettle("baltija", "200001");
        shownCode();
        waitFor("Log out");
        assertTrue(browser.getCurrentUrl().endsWith("/baltija/home"), "activated at baltija: no code card");
        logOut();

        startLoginAndSettle("daugava", "300003");
        shownCode();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> bodyText().contains("Please confirm your first Smart-ID login with your code card.")
                        || bodyText().contains("Log out"));
        if (bodyText().contains("Log out")) {
            return; // MemberSessionIT's union switch ran first and activated Smart-ID at daugava with the card
        }
        int position = askedPosition();
        fieldLabelled("Key/Code (" + position + ")").sendKeys(cardCode("daugava", "300003", position));
        button("Confirm").click();
        waitFor("You have successfully activated Smart-ID.");
    }

    @Test
    void aLithuanianMemberSeesLithuanianMessages() {
        open("/nemunas/?lang=lt");
        fieldLabelled("Vartotojo numeris").sendKeys("100004");
        button("Prisijungti su Smart-ID").click();
        waitForAjax();

        waitFor("Prisijungimas atmestas Smart-ID programėlėje.");
    }
}
