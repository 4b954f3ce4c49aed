package lt.iunija.tenant;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads every {@code <id>.properties} file of the tenants folder into a {@link UnionSnapshot}. A broken
 * file becomes a problem of its own and never keeps the other unions from loading.
 */
public final class UnionDirectory {

    private static final String SUFFIX = ".properties";

    private final Path directory;
    private final UnionFileParser parser = new UnionFileParser();

    public UnionDirectory(Path directory) {
        this.directory = directory;
    }

    public Path path() {
        return directory;
    }

    /**
     * A cheap summary of the folder (names, sizes and modification times) that changes whenever a reload
     * could give another result.
     */
    public String fingerprint() throws IOException {
        StringBuilder fingerprint = new StringBuilder();
        for (Path file : files()) {
            fingerprint
                    .append(file.getFileName())
                    .append(':')
                    .append(Files.size(file))
                    .append(':')
                    .append(Files.getLastModifiedTime(file).toMillis())
                    .append(';');
            Path unionDir = unionDir(file);
            if (Files.isDirectory(unionDir)) {
                fingerprint
                        .append(Files.getLastModifiedTime(unionDir).toMillis())
                        .append(';');
            }
        }
        return fingerprint.toString();
    }

    public UnionSnapshot read() throws IOException {
        Map<String, Union> unions = new TreeMap<>();
        Map<String, List<String>> problems = new TreeMap<>();
        Map<String, String> hostOwners = new TreeMap<>();
        for (Path file : files()) {
            String fileName = file.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - SUFFIX.length());
            UnionFileParser.Result result = parseFile(id, file);
            if (result.union().isEmpty()) {
                problems.put(fileName, result.problems());
                continue;
            }
            Union union = result.union().get();
            List<String> hostClashes = union.hosts().stream()
                    .filter(hostOwners::containsKey)
                    .map(host -> "host '" + host + "' already belongs to union '" + hostOwners.get(host) + "'")
                    .toList();
            if (!hostClashes.isEmpty()) {
                problems.put(fileName, hostClashes);
                continue;
            }
            union.hosts().forEach(host -> hostOwners.put(host, id));
            unions.put(id, union);
        }
        return new UnionSnapshot(unions, problems);
    }

    private UnionFileParser.Result parseFile(String id, Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return UnionFileParser.Result.broken(List.of("cannot be read as UTF-8 properties: " + e.getMessage()));
        }
        return parser.parse(id, properties, unionDir(file));
    }

    private Path unionDir(Path file) {
        String fileName = file.getFileName().toString();
        return directory.resolve(fileName.substring(0, fileName.length() - SUFFIX.length()));
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(
                directory,
                path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX)
                        && Files.isRegularFile(path))) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
