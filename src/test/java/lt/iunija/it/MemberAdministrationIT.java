package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A union admin's members: importing the union's members from a CSV export (good file, the same file again,
 * files with bad rows or a conflict: nothing imported), finding a member by personal code, and every step on
 * them (unlock the card, ask for the card again, block, unblock) in the member's audit trail, with the member's
 * own logins in between. The members here exist only in this test (new user numbers and Smart-ID accounts).
 */
class MemberAdministrationIT extends BrowserTest {

    private static final String ADMIN = "50001029996";
    /** SK's qualified demo accounts that no demo member uses; the simulator answers OK for both. */
    private static final String ANNA = "PNOLV-329999-99901";

    private static final String MARI = "PNOEE-40504040001";
    private static final List<String> CARD = IntStream.rangeClosed(1, 24)
            .mapToObj(k -> String.format("%06d", 314159 * k % 1000000))
            .toList();
    private static final String HEADER = "user_number,personal_code,given_name,surname,card\n";

    @Test
    void anAdminImportsMembersAndLooksAfterThemWithAnAuditTrail() throws Exception {
        String card = String.join(" ", CARD);
        Path good = csv(
                "good",
                HEADER + "100201," + ANNA + ",Anna,Bērziņa," + card + "\n" + "100202," + MARI + ",\"Mari, Liis\",Tamm,"
                        + card + "\n");
        adminLogsIn();
        open("/nemunas/admin/members?lang=en");
        upload(good);
        waitForText("Imported: 2 added, 0 changed, 0 unchanged.", Duration.ofSeconds(10));
        upload(good);
        waitForText("Imported: 0 added, 0 changed, 2 unchanged.", Duration.ofSeconds(10));

        // A bad row: nothing of the file is stored, and the problem is named with its line.
        upload(csv(
                "bad-row",
                HEADER + "100203,39001010003,Jonas,Jonaitis," + card + "\n" + "100204,123,Ona,Onaitė," + card + "\n"));
        waitForText("Nothing was imported: the file has 1 problem(s).", Duration.ofSeconds(10));
        assertEquals(
                "Line 3: \"123\" is not a personal code.",
                browser.findElement(By.id("problems")).getText());
        // A user number that belongs to someone else here: the same.
        upload(csv(
                "conflict",
                HEADER + "100205,39001010005,Petras,Petraitis," + card + "\n" + "100201," + MARI + ",Mari,Tamm," + card
                        + "\n"));
        waitForText("Nothing was imported", Duration.ofSeconds(10));
        assertEquals(
                "Line 3: user number 100201 belongs to another person here.",
                browser.findElement(By.id("problems")).getText());
        find("100203");
        waitForText("No member of this union has the user number or personal code 100203.", Duration.ofSeconds(10));
        find("39001010005");
        waitForText(
                "No member of this union has the user number or personal code 39001010005.", Duration.ofSeconds(10));

        // Found by personal code with its country: a new member who has not confirmed Smart-ID yet.
        find(ANNA);
        waitForText("Added by an import", Duration.ofSeconds(10));
        assertEquals("100201", browser.findElement(By.id("userNumber")).getText());
        assertEquals("Anna Bērziņa", browser.findElement(By.id("name")).getText());
        assertTrue(browser.findElement(By.id("smartId")).getText().startsWith("Not confirmed yet"));
        String memberPage = browser.getCurrentUrl();

        // The member tries three wrong card codes: the card locks.
        browser.manage().deleteAllCookies();
        memberLogsIn("100201");
        for (int attempt = 1; attempt <= 3; attempt++) {
            int position = askedPosition();
            String wrong = String.format("%06d", (Integer.parseInt(CARD.get(position - 1)) + 1) % 1000000);
            fieldLabelled("Key/Code (" + position + ")").sendKeys(wrong);
            button("Confirm").click();
            waitForAjax();
        }
        waitForText("Your code card is locked", Duration.ofSeconds(10));

        // The admin sees it and unlocks the card.
        browser.manage().deleteAllCookies();
        adminLogsIn();
        browser.get(memberPage);
        assertEquals(
                "Locked after too many wrong codes",
                browser.findElement(By.id("card")).getText());
        button("Unlock code card").click();
        waitForText("Code card unlocked.", Duration.ofSeconds(10));
        assertEquals("Usable", browser.findElement(By.id("card")).getText());

        // Now the member confirms with the right code and is in.
        browser.manage().deleteAllCookies();
        memberLogsIn("100201");
        int position = askedPosition();
        fieldLabelled("Key/Code (" + position + ")").sendKeys(CARD.get(position - 1));
        button("Confirm").click();
        waitForText("You have successfully activated Smart-ID.", Duration.ofSeconds(10));

        // The admin asks for the card again, blocks and unblocks Smart-ID login.
        browser.manage().deleteAllCookies();
        adminLogsIn();
        browser.get(memberPage);
        assertEquals(
                "Confirmed with the code card",
                browser.findElement(By.id("smartId")).getText());
        assertTrue(browser.findElement(By.id("attempts")).getText().contains("Confirmed with PIN1"));
        button("Ask for the code card again").click();
        waitForText("The next Smart-ID login here will ask for the code card.", Duration.ofSeconds(10));
        assertTrue(browser.findElement(By.id("smartId")).getText().startsWith("Not confirmed yet"));
        button("Block Smart-ID login").click();
        waitForText("Smart-ID login blocked; the member's sessions have ended.", Duration.ofSeconds(10));
        assertEquals("Blocked by an admin", browser.findElement(By.id("login")).getText());
        button("Unblock Smart-ID login").click();
        waitForText("Smart-ID login unblocked.", Duration.ofSeconds(10));
        assertEquals("Allowed", browser.findElement(By.id("login")).getText());

        List<String> trail = browser.findElements(By.cssSelector("#auditTrail .audit-action")).stream()
                .map(entry -> entry.getText())
                .collect(Collectors.toList());
        assertEquals(
                List.of(
                        "Added by an import",
                        "Code card unlocked",
                        "Code card asked for again",
                        "Smart-ID login blocked",
                        "Smart-ID login unblocked"),
                trail);
        assertTrue(
                browser.findElement(By.id("auditTrail")).getText().contains("PNOLT-" + ADMIN),
                "each step names its admin");
    }

    @Test
    void anotherUnionsMemberIsNotFoundAndItsPageIsNotServed() {
        adminLogsIn();
        open("/nemunas/admin/members?lang=en");
        find("300001"); // a daugava member
        waitForText("No member of this union has the user number or personal code 300001.", Duration.ofSeconds(10));
        open("/daugava/admin/members?lang=en");
        assertTrue(
                browser.getCurrentUrl().endsWith("/daugava/admin/login"),
                "no admin of daugava: " + browser.getCurrentUrl());
    }

    /**
     * The admin logs in from the admin login page. (Reached through the redirect from /nemunas/admin/ as the very
     * first page of a fresh Chromium profile, its first post was answered "The page has expired" in this test; a
     * plain HTTP client with the same requests is not. Not understood yet; see the session notes.)
     */
    private static void adminLogsIn() {
        open("/nemunas/admin/login?lang=en");
        fieldLabelled("Personal code").sendKeys(ADMIN);
        button("Log in with Smart-ID").click();
        waitForText("Verification code", Duration.ofSeconds(10));
        waitForText("Incident reports", Duration.ofSeconds(30));
    }

    private static Path csv(String name, String content) throws Exception {
        Path file = Files.createTempFile("members-" + name, ".csv");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void upload(Path file) {
        open("/nemunas/admin/members?lang=en");
        fieldLabelled("Members file (CSV)").sendKeys(file.toAbsolutePath().toString());
        button("Import").click();
    }

    private static void find(String query) {
        open("/nemunas/admin/members?lang=en");
        fieldLabelled("User number or personal code").sendKeys(query);
        button("Find").click();
    }

    private static void memberLogsIn(String userNumber) {
        startLogin("nemunas", userNumber);
        waitForText("Please confirm your first Smart-ID login with your code card.", Duration.ofSeconds(30));
    }

    private static int askedPosition() {
        String label = browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Key/Code (')]"))
                .getText();
        return Integer.parseInt(label.replaceAll("\\D", ""));
    }
}
