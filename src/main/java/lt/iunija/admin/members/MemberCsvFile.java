package lt.iunija.admin.members;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import lt.iunija.admin.members.ImportProblem.Kind;
import lt.iunija.member.CodeCard;
import lt.iunija.member.Country;
import lt.iunija.member.PersonalCodes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a members file as a union's core system exports it (RFC 4180 CSV, UTF-8), checking every line's form
 * before anything is stored:
 * <pre>
 * user_number,personal_code,given_name,surname,card
 * 100101,39001010001,Jonas,Jonaitis,123456 234567 ... (24 codes)
 * </pre>
 * A personal code is the code alone (of the union's country) or a whole semantics identifier
 * ({@code PNOLV-050405-10009}). Lines starting with {@code #} and blank lines are skipped. Every problem is
 * reported with its line, not only the first.
 */
public final class MemberCsvFile {

    static final List<String> HEADER = List.of("user_number", "personal_code", "given_name", "surname", "card");
    private static final Pattern USER_NUMBER = Pattern.compile("[0-9]{4,12}");
    private static final int MAX_NAME = 100;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** The members read, or the problems found (then no member is given). */
    public record Parsed(List<ImportedMember> members, List<ImportProblem> problems) {

        public boolean isImportable() {
            return problems.isEmpty();
        }
    }

    private MemberCsvFile() {}

    public static Parsed parse(Reader csv, Country unionCountry) {
        List<ImportedMember> members = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> numbers = new HashMap<>();
        Map<String, Long> people = new HashMap<>();
        try (CSVParser parser =
                CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!headerSeen) {
                    if (!record.toList().stream()
                            .map(String::strip)
                            .map(String::toLowerCase)
                            .toList()
                            .equals(HEADER)) {
                        return new Parsed(List.of(), List.of(ImportProblem.ofFile(Kind.HEADER)));
                    }
                    headerSeen = true;
                    continue;
                }
                read(record, line, unionCountry, problems).ifPresent(member -> {
                    Long firstNumber = numbers.putIfAbsent(member.userNumber(), line);
                    Long firstPerson = people.putIfAbsent(member.semanticsIdentifier(), line);
                    if (firstNumber != null) {
                        problems.add(new ImportProblem(line, Kind.DUPLICATE_NUMBER, member.userNumber()));
                    } else if (firstPerson != null) {
                        problems.add(new ImportProblem(line, Kind.DUPLICATE_PERSON, member.semanticsIdentifier()));
                    } else {
                        members.add(member);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV's word for a malformed quote or an unreadable byte.
            return new Parsed(List.of(), List.of(ImportProblem.ofFile(Kind.UNREADABLE)));
        }
        if (problems.isEmpty() && members.isEmpty()) {
            problems.add(ImportProblem.ofFile(Kind.EMPTY));
        }
        return problems.isEmpty()
                ? new Parsed(List.copyOf(members), List.of())
                : new Parsed(List.of(), List.copyOf(problems));
    }

    private static Optional<ImportedMember> read(
            CSVRecord record, long line, Country unionCountry, List<ImportProblem> problems) {
        if (record.size() != HEADER.size()) {
            problems.add(new ImportProblem(line, Kind.FIELDS, Integer.toString(record.size())));
            return Optional.empty();
        }
        String userNumber = record.get(0).strip();
        String personalCode = record.get(1).strip();
        String givenName = record.get(2).strip();
        String surname = record.get(3).strip();
        String card = record.get(4).strip();
        int before = problems.size();
        if (!USER_NUMBER.matcher(userNumber).matches()) {
            problems.add(new ImportProblem(line, Kind.USER_NUMBER, userNumber));
        }
        Optional<String> identity = PersonalCodes.fromTyped(personalCode, unionCountry);
        if (identity.isEmpty()) {
            problems.add(new ImportProblem(line, Kind.PERSONAL_CODE, personalCode));
        }
        if (givenName.isEmpty() || surname.isEmpty() || givenName.length() > MAX_NAME || surname.length() > MAX_NAME) {
            problems.add(new ImportProblem(line, Kind.NAME, ""));
        }
        if (!CodeCard.isWellFormed(card)) {
            problems.add(new ImportProblem(line, Kind.CARD, ""));
        }
        return problems.size() > before
                ? Optional.empty()
                : Optional.of(new ImportedMember(line, userNumber, identity.orElseThrow(), givenName, surname, card));
    }
}
