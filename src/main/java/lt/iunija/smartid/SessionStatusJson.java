package lt.iunija.smartid;

import ee.sk.smartid.rest.dao.SessionStatus;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Reads an RP API v2 session status into the client library's own {@link SessionStatus}, so that the library
 * judges it. The portal follows sessions with a non-blocking HTTP client instead of the library's blocking
 * poller, and maps the body with JSON-B, which every Jakarta EE server has: the library's classes are plain
 * beans, and fields SK adds later are ignored.
 */
final class SessionStatusJson {

    /** Thread-safe, and costly to create: one for the whole portal. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private SessionStatusJson() {}

    static SessionStatus parse(String body) {
        return JSONB.fromJson(body, SessionStatus.class);
    }
}
