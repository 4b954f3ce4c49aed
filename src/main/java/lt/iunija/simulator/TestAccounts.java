package lt.iunija.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SK's table of Smart-ID demo test accounts ({@code smartid/test-accounts.csv}, a copy of
 * {@code shared/smart-id-test-accounts.csv}), by semantics identifier and by document number.
 */
public final class TestAccounts {

    static final String RESOURCE = "/smartid/test-accounts.csv";

    private final Map<String, TestAccount> byIdentity = new LinkedHashMap<>();
    private final Map<String, TestAccount> byDocument = new LinkedHashMap<>();

    public TestAccounts(List<TestAccount> accounts) {
        for (TestAccount account : accounts) {
            byIdentity.put(account.semanticsIdentifier(), account);
            byDocument.put(account.documentNumber(), account);
        }
    }

    public static TestAccounts bundled() {
        try (InputStream in = TestAccounts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the WAR");
            }
            return new TestAccounts(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header {@code semantics_identifier,document_number,certificate_level,end_result,note}; {@code #} comments. */
    static List<TestAccount> parse(List<String> lines) {
        List<TestAccount> accounts = new ArrayList<>();
        boolean header = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split(",", 5);
            accounts.add(
                    new TestAccount(fields[0], fields[1], fields[2], fields[3], fields.length > 4 ? fields[4] : ""));
        }
        return accounts;
    }

    public Optional<TestAccount> byIdentity(String semanticsIdentifier) {
        return Optional.ofNullable(byIdentity.get(semanticsIdentifier));
    }

    public Optional<TestAccount> byDocument(String documentNumber) {
        return Optional.ofNullable(byDocument.get(documentNumber));
    }

    public List<TestAccount> all() {
        return List.copyOf(byIdentity.values());
    }
}
