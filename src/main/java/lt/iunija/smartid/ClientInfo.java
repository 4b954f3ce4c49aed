package lt.iunija.smartid;

import java.util.Optional;

/**
 * Where a Smart-ID request came from: the member's address and browser, as recorded with the attempt, and the
 * browser's "known browser" token when it has one. Read from a page's request by {@code smartid.web.RequestClient}.
 */
public record ClientInfo(String address, String userAgent, Optional<BrowserToken> browser) {

    /** Longest user agent the records keep (the column's length). */
    public static final int STORED_USER_AGENT_LENGTH = 300;

    public ClientInfo(String address, String userAgent) {
        this(address, userAgent, Optional.empty());
    }

    /** The user agent as records store it: cut to {@link #STORED_USER_AGENT_LENGTH}. */
    public String storedUserAgent() {
        return userAgent == null
                ? null
                : userAgent.substring(0, Math.min(STORED_USER_AGENT_LENGTH, userAgent.length()));
    }
}
