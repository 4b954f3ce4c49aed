package lt.iunija.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import lt.iunija.smartid.WaitEnded;

/**
 * Tells a waiting page that its wait has ended, so the page asks for the outcome once instead of asking every
 * second. The page holds a WebSocket ({@code f:websocket} in WEB-INF/includes/smart-id-wait.xhtml) whose user is
 * the wait's attempt id; the node that ends the wait pushes to it. A socket is accepted only by the node that
 * rendered the page, which is the node that started (and ends) the wait; a page whose socket cannot open there
 * asks by itself (see resources/iunija/portal.js).
 */
@ApplicationScoped
public class SmartIdWaitPush {

    /** The channel name of the page's socket (the f:websocket tag repeats it: a channel name must be literal). */
    public static final String CHANNEL = "smartIdWait";
    /** The message: nothing more than "ask now"; the outcome itself travels with the page's own request. */
    static final String ENDED = "ended";

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    void ended(@Observes WaitEnded ended) {
        push.send(ENDED, ended.attemptId());
    }
}
