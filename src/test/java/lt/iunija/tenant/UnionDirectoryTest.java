package lt.iunija.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnionDirectoryTest {

    @TempDir
    Path dir;

    private void write(String id, Properties properties) throws IOException {
        StringWriter text = new StringWriter();
        properties.store(text, null);
        Files.writeString(dir.resolve(id + ".properties"), text.toString());
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersStillLoad() throws IOException {
        write("alfa", UnionFileParserTest.valid());
        Properties broken = UnionFileParserTest.valid();
        broken.remove("admins");
        write("beta", broken);

        UnionSnapshot snapshot = new UnionDirectory(dir).read();

        assertTrue(snapshot.find("alfa").isPresent());
        assertTrue(snapshot.find("beta").isEmpty());
        assertTrue(snapshot.problems().get("beta.properties").get(0).contains("admins"));
    }

    @Test
    void aHostMayBelongToOneUnionOnly() throws IOException {
        write("alfa", UnionFileParserTest.valid());
        write("beta", UnionFileParserTest.valid());

        UnionSnapshot snapshot = new UnionDirectory(dir).read();

        assertEquals("alfa", snapshot.findByHost("testas.example").orElseThrow().id());
        assertTrue(snapshot.problems().get("beta.properties").get(0).contains("already belongs"));
    }

    @Test
    void theFingerprintChangesWhenAFileIsAddedChangedOrRemoved() throws IOException {
        UnionDirectory directory = new UnionDirectory(dir);
        String empty = directory.fingerprint();
        write("alfa", UnionFileParserTest.valid());
        String one = directory.fingerprint();
        Properties changed = UnionFileParserTest.valid();
        changed.setProperty("contact.phone", "+370 611 11111 (changed)");
        write("alfa", changed);
        String changedPrint = directory.fingerprint();
        Files.delete(dir.resolve("alfa.properties"));

        assertNotEquals(empty, one);
        assertNotEquals(one, changedPrint);
        assertEquals(empty, directory.fingerprint());
    }

    @Test
    void otherFilesAndAMissingFolderAreIgnored() throws IOException {
        Files.writeString(dir.resolve("README.txt"), "not a union");

        assertTrue(new UnionDirectory(dir).read().unions().isEmpty());
        assertTrue(new UnionDirectory(dir.resolve("missing")).read().unions().isEmpty());
    }

    @Test
    void theShippedDemoUnionsAreValid() throws IOException {
        UnionSnapshot snapshot = new UnionDirectory(Path.of("tenants")).read();

        assertEquals(
                java.util.Set.of("nemunas", "baltija", "daugava"),
                snapshot.unions().keySet());
        assertTrue(snapshot.problems().isEmpty(), snapshot.problems()::toString);
    }
}
