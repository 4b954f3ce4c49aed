package lt.iunija.smartid;

/** Where a Smart-ID request came from: the member's address and browser, as recorded with the attempt. */
public record ClientInfo(String address, String userAgent) {
}
