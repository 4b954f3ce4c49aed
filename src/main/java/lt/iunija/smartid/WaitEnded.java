package lt.iunija.smartid;

/**
 * A CDI event: the wait behind {@code attemptId} has ended on this node (answered, refused, timed out,
 * cancelled or a decoy's time up). Fired once per wait, on the thread that ended it; observers must be quick.
 */
public record WaitEnded(long attemptId) {}
