package lt.iunija.demo;

/** One row of {@code config/demo/members.csv}. */
public record DemoMember(String tenant, String userNumber, String identity, boolean smartIdActivated, String card) {}
