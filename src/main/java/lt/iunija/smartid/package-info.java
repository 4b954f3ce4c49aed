/**
 * Smart-ID authentication: the one configured connection to the RP API, starting and following sessions
 * without a thread per waiting member, judging every response completely, throttling and recording every
 * attempt. Login, activation and the admin area depend on it; it depends on {@code tenant} for display texts.
 */
package lt.iunija.smartid;
