package lt.iunija.login;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import lt.iunija.smartid.SmartIdAuthentications;

/**
 * The code page's cheap question, {@code GET /smart-id-wait/<wait id>}, asked every 2 seconds while the member
 * answers in the app: 204 while the wait goes on, 200 "ended" once it has ended (the page then asks for the outcome
 * once, with its Faces check: resources/iunija/portal.js). It tells nothing but that: never the outcome, which the
 * page learns in its own session; the wait id is random (63 bits from a SecureRandom). It reads no session and
 * creates none, and answers from memory on the node that follows the wait.
 * <p>
 * Why a question and not a push: between two questions a browser holds only an idle keep-alive connection, which
 * costs the server about 2 KB; a WebSocket or a held request keeps the whole upgraded request and its buffers,
 * about 70 KB per waiting member (README, Performance).
 */
@WebServlet("/smart-id-wait/*")
public class SmartIdWaitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ENDED = "ended";

    @Inject
    SmartIdAuthentications smartId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long attemptId = attemptId(request.getPathInfo());
        if (attemptId <= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (!smartId.hasEnded(attemptId)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.US_ASCII.name());
        response.getWriter().write(ENDED);
    }

    /** The wait id of {@code /<id>}, or 0 when the path names none. */
    static long attemptId(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.length() > 20) {
            return 0;
        }
        try {
            return Long.parseLong(pathInfo.substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
