/**
 * Throttles shared by every node of a cluster and kept across restarts: a {@link lt.iunija.infrastructure.throttle.Budget}
 * says how many events a key may have within a sliding window, a {@link lt.iunija.infrastructure.throttle.Throttle}
 * counts them. The portal's throttle counts in the database ({@link lt.iunija.infrastructure.throttle.DatabaseThrottle}),
 * so two nodes behind a load balancer give a stranger the same five prompts as one node, and a restart forgets none.
 */
package lt.iunija.infrastructure.throttle;
