package lt.iunija.admin.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import lt.iunija.admin.members.ImportProblem.Kind;
import lt.iunija.member.Country;
import org.junit.jupiter.api.Test;

class MemberCsvFileTest {

    private static final String CARD =
            "111111 222222 333333 444444 555555 666666 777777 888888 999999 000000 123456 234567 "
                    + "345678 456789 567890 678901 789012 890123 901234 012345 135791 246802 357913 468024";
    private static final String HEADER = "user_number,personal_code,given_name,surname,card\n";

    private static MemberCsvFile.Parsed parse(String csv) {
        return MemberCsvFile.parse(new StringReader(csv), Country.LT);
    }

    @Test
    void aGoodFileGivesEveryMemberWithTheUnionsCountryOrTheirOwn() {
        MemberCsvFile.Parsed parsed = parse("# exported 2026-11-22\n" + HEADER
                + "100101,39001010001,Jonas,Jonaitis," + CARD + "\n"
                + "\n"
                + "100102,PNOLV-050405-10009,\"Anna, Marija\",Bērziņa," + CARD + "\n");
        assertTrue(parsed.isImportable(), parsed.problems().toString());
        assertEquals(
                List.of(
                        new ImportedMember(3, "100101", "PNOLT-39001010001", "Jonas", "Jonaitis", CARD),
                        new ImportedMember(5, "100102", "PNOLV-050405-10009", "Anna, Marija", "Bērziņa", CARD)),
                parsed.members());
    }

    @Test
    void everyBadLineIsNamedAndNothingIsGiven() {
        MemberCsvFile.Parsed parsed = parse(HEADER
                + "100101,39001010001,Jonas,Jonaitis," + CARD + "\n"
                + "12,39001010002,Ona,Onaitė," + CARD + "\n"
                + "100103,3900101000,Petras,Petraitis," + CARD + "\n"
                + "100104,39001010004,,Kazlauskas," + CARD + "\n"
                + "100105,39001010005,Rūta,Rutkienė,111111 222222\n"
                + "100101,39001010006,Jurgis,Jurgaitis," + CARD + "\n"
                + "100107,39001010001,Jonas,Jonaitis," + CARD + "\n"
                + "100108,39001010008,Three fields\n");
        assertEquals(List.of(), parsed.members());
        assertEquals(
                List.of(
                        new ImportProblem(3, Kind.USER_NUMBER, "12"),
                        new ImportProblem(4, Kind.PERSONAL_CODE, "3900101000"),
                        new ImportProblem(5, Kind.NAME, ""),
                        new ImportProblem(6, Kind.CARD, ""),
                        new ImportProblem(7, Kind.DUPLICATE_NUMBER, "100101"),
                        new ImportProblem(8, Kind.DUPLICATE_PERSON, "PNOLT-39001010001"),
                        new ImportProblem(9, Kind.FIELDS, "3")),
                parsed.problems());
    }

    @Test
    void aFileWithoutTheHeaderOrMembersIsRefusedWhole() {
        assertEquals(
                List.of(ImportProblem.ofFile(Kind.HEADER)),
                parse("100101,39001010001,Jonas,Jonaitis," + CARD + "\n").problems());
        assertEquals(List.of(ImportProblem.ofFile(Kind.EMPTY)), parse(HEADER).problems());
        assertEquals(List.of(ImportProblem.ofFile(Kind.EMPTY)), parse("").problems());
        assertEquals(
                List.of(ImportProblem.ofFile(Kind.UNREADABLE)),
                parse(HEADER + "100101,\"39001010001,Jonas,Jonaitis," + CARD + "\n")
                        .problems());
    }
}
