package lt.iunija.smartid;

/**
 * Every way a Smart-ID authentication can end, each with its own message for the member
 * ({@code smartid.outcome.<name in lower case>} in every language).
 */
public enum AuthenticationOutcome {
    /** Confirmed with PIN1 and every check of the response passed. */
    OK,
    /** The person refused in the app (any of the USER_REFUSED end results). */
    USER_REFUSED,
    /** Nobody answered in time. */
    TIMEOUT,
    /** The person chose another verification code than the one on our page. */
    WRONG_VC,
    /** The Smart-ID account cannot be used; the app says why. */
    DOCUMENT_UNUSABLE,
    /** Smart-ID has no account for this person (HTTP 404). */
    ACCOUNT_NOT_FOUND,
    /** The person has only a non-qualified account, or the response was of a lower level (HTTP 471). */
    NOT_QUALIFIED,
    /** The person must open the Smart-ID app or self-service portal first (HTTP 472). */
    VIEW_APP,
    /** Smart-ID is under maintenance (HTTP 580). */
    MAINTENANCE,
    /** Smart-ID could not be reached or refused our request. */
    SERVICE_UNAVAILABLE,
    /** The response failed validation (signature, certificate, identity): nobody is logged in. */
    INVALID_RESPONSE,
    /** Too many Smart-ID requests for this person or from this address; try again later. */
    THROTTLED,
    /** New prompts for this person are paused for a while after they reported one they did not start. */
    MUTED,
    /** The member cancelled the wait on our page. */
    CANCELLED,
    /** The server following the attempt stopped or died before it ended; nobody was logged in by it. */
    INTERRUPTED;

    /**
     * Whether the person asked may not have started this prompt (they refused it, let it run out, or chose
     * another code): the page that shows the outcome offers the report form.
     */
    public boolean mayHaveBeenUnrequested() {
        return this == USER_REFUSED || this == TIMEOUT || this == WRONG_VC;
    }

    public String messageKey() {
        return "smartid.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A short neutral label for lists of attempts ("Refused in the app"), on the member's home and in the admin
     * area, where the sentence said to the person on the login page would mislead.
     */
    public String labelKey() {
        return "outcome.label." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
