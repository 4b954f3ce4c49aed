package lt.iunija.login;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The code page's WebSocket, {@code /smart-id-wait/<wait id>}: it only ever receives "ended" (see
 * {@link SmartIdWaitSockets}). The wait id is random (63 bits from a SecureRandom) and is all a socket learns
 * about: when that wait ended, never its outcome, which the page asks for in its own session.
 */
@ServerEndpoint("/smart-id-wait/{wait}")
public class SmartIdWaitEndpoint {

    /** A wait lasts minutes; a socket idle for longer is a page left open, and is closed. */
    private static final long IDLE_MILLIS = 15 * 60 * 1000L;

    @Inject
    SmartIdWaitSockets sockets;

    @OnOpen
    public void open(Session socket, @PathParam("wait") String wait) {
        Long attemptId = attemptId(wait);
        if (attemptId == null) {
            SmartIdWaitSockets.refuse(socket);
            return;
        }
        socket.setMaxIdleTimeout(IDLE_MILLIS);
        sockets.opened(attemptId, socket);
    }

    @OnClose
    public void close(Session socket, CloseReason reason, @PathParam("wait") String wait) {
        forget(socket, wait);
    }

    @OnError
    public void error(Session socket, Throwable failure, @PathParam("wait") String wait) {
        forget(socket, wait);
    }

    private void forget(Session socket, String wait) {
        Long attemptId = attemptId(wait);
        if (attemptId != null) {
            sockets.closed(attemptId, socket);
        }
    }

    private static Long attemptId(String wait) {
        try {
            long id = Long.parseLong(wait);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
