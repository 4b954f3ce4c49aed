package lt.iunija.incident;

import java.time.LocalDateTime;

/** What matching needs to know about a recorded Smart-ID attempt. Times are UTC. */
public record CandidateAttempt(long id, LocalDateTime startedAt, String verificationCode) {}
