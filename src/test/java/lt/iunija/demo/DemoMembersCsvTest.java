package lt.iunija.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lt.iunija.member.CodeCard;
import org.junit.jupiter.api.Test;

class DemoMembersCsvTest {

    @Test
    void parsesRowsAndSkipsComments() {
        List<DemoMember> members = DemoMembersCsv.parse(
                List.of("# demo", DemoMembersCsv.HEADER, "", "nemunas,100001,PNOLT-40504040001,false,1 2 3"));

        assertEquals(List.of(new DemoMember("nemunas", "100001", "PNOLT-40504040001", false, "1 2 3")), members);
    }

    @Test
    void aMalformedLineFailsWithItsNumber() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> DemoMembersCsv.parse(List.of(DemoMembersCsv.HEADER, "nemunas,100001,PNOLT-1,maybe,1")));
        assertTrue(e.getMessage().startsWith("line 2"));
        assertThrows(IllegalArgumentException.class, () -> DemoMembersCsv.parse(List.of("tenant,user")));
    }

    /** The acceptance tests and the README's demo accounts rely on these rows. */
    @Test
    void theShippedDemoFileHasEveryDesignRow() throws Exception {
        Map<String, DemoMember> byNumber =
                DemoMembersCsv.parse(Files.readAllLines(Path.of("config/demo/members.csv"))).stream()
                        .collect(Collectors.toMap(
                                member -> member.tenant() + "/" + member.userNumber(), Function.identity()));
        Object[][] expected = {
            {"nemunas/100001", "PNOLT-40504040001", false}, {"nemunas/100002", "PNOLT-30303039914", true},
            {"nemunas/100003", "PNOLT-40504049999", true}, {"nemunas/100004", "PNOLT-30403039917", true},
            {"nemunas/100005", "PNOLT-30403039983", true}, {"nemunas/100006", "PNOLT-30403039972", true},
            {"baltija/200001", "PNOLT-40504040001", true}, {"baltija/200002", "PNOLT-50001029996", true},
            {"daugava/300001", "PNOLV-050405-10009", true}, {"daugava/300002", "PNOLV-050404-19993", true},
            {"daugava/300003", "PNOLT-40504040001", false}
        };
        for (Object[] row : expected) {
            DemoMember member = byNumber.get((String) row[0]);
            assertEquals(row[1], member.identity(), (String) row[0]);
            assertEquals(row[2], member.smartIdActivated(), (String) row[0]);
            CodeCard.issue(member.card(), new byte[] {1});
        }
    }
}
