package lt.iunija.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo members file: header {@code tenant,user_number,identity,smart_id_activated,card}, one member
 * a line, {@code #} comments and blank lines ignored. Any malformed line fails the whole file, naming the line.
 */
public final class DemoMembersCsv {

    static final String HEADER = "tenant,user_number,identity,smart_id_activated,card";

    private DemoMembersCsv() {}

    public static List<DemoMember> parse(List<String> lines) {
        List<DemoMember> members = new ArrayList<>();
        boolean headerSeen = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(
                            "line " + (index + 1) + ": expected the header '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 5) {
                throw new IllegalArgumentException(
                        "line " + (index + 1) + ": expected 5 fields, found " + fields.length);
            }
            String activated = fields[3].strip();
            if (!activated.equals("true") && !activated.equals("false")) {
                throw new IllegalArgumentException(
                        "line " + (index + 1) + ": smart_id_activated must be true or false");
            }
            members.add(new DemoMember(
                    fields[0].strip(),
                    fields[1].strip(),
                    fields[2].strip(),
                    Boolean.parseBoolean(activated),
                    fields[4].strip()));
        }
        return members;
    }
}
