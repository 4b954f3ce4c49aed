package lt.iunija.login;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.smartid.WaitEnded;

/**
 * The code pages' WebSockets on this node, by the wait they are for, and the push that tells a page its wait
 * has ended (the page then asks for the outcome once: resources/iunija/portal.js).
 * <p>
 * The node that follows a wait ends it and pushes at once ({@link WaitEnded}). A socket can also be here while
 * another node follows its wait (the page's node died and the load balancer moved the page): those few are
 * looked up every 2 seconds, which also lets this node take the wait over once the other node's lease has run
 * out. Nothing of this is in the HTTP session: a session moves between nodes, a socket does not.
 */
@ApplicationScoped
public class SmartIdWaitSockets {

    private static final Logger LOG = Logger.getLogger(SmartIdWaitSockets.class.getName());
    static final String ENDED = "ended";

    private final Map<Long, Set<Session>> byWait = new ConcurrentHashMap<>();

    @Inject
    SmartIdAuthentications smartId;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;

    @PostConstruct
    void startSweeping() {
        sweep = scheduler.scheduleWithFixedDelay(this::pushWaitsFollowedElsewhere, 2, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopSweeping() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    void opened(long attemptId, Session socket) {
        byWait.computeIfAbsent(attemptId, id -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void closed(long attemptId, Session socket) {
        byWait.computeIfPresent(attemptId, (id, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
    }

    /** How many code pages hold a socket on this node now. */
    public int open() {
        return byWait.values().stream().mapToInt(Set::size).sum();
    }

    void ended(@Observes WaitEnded ended) {
        push(ended.attemptId());
    }

    private void push(long attemptId) {
        Set<Session> sockets = byWait.remove(attemptId);
        if (sockets == null) {
            return;
        }
        for (Session socket : sockets) {
            if (socket.isOpen()) {
                socket.getAsyncRemote().sendText(ENDED);
            }
        }
    }

    /** Sockets whose wait another node follows: pushed once the database says the wait has ended. */
    private void pushWaitsFollowedElsewhere() {
        try {
            for (Long attemptId : byWait.keySet()) {
                if (!smartId.followsHere(attemptId)
                        && smartId.state(attemptId)
                                .filter(state -> !state.isRunning())
                                .isPresent()) {
                    push(attemptId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Waits followed by another node could not be looked up; the pages ask by themselves at their deadline",
                    e);
        }
    }

    /** Closes a socket that cannot be for any wait. */
    static void refuse(Session socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
