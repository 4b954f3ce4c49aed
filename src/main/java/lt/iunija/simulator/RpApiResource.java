package lt.iunija.simulator;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import lt.iunija.smartid.RelyingParty;

/**
 * The Smart-ID RP API v2 as SK documents it, for the demo test accounts: start an authentication by
 * semantics identifier or document number, then read the session status with a long poll. A waiting poll
 * holds no server thread: it is an {@link AsyncResponse} resumed when the session completes or times out.
 */
@Path("v2")
@Produces(MediaType.APPLICATION_JSON)
public class RpApiResource {

    static final int NO_SUITABLE_ACCOUNT = 471;
    private static final Pattern SEMANTICS_IDENTIFIER = Pattern.compile("PNO(EE|LT|LV)-[0-9A-Z-]{6,20}");
    private static final long MIN_TIMEOUT_MS = 1000;
    private static final long MAX_TIMEOUT_MS = 120000;

    @Inject
    SimulatorSwitch simulator;

    @Inject
    SimulatorSessions sessions;

    /** The one relying party registered with this simulator: the portal itself. */
    @Inject
    RelyingParty relyingParty;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Path("authentication/etsi/{semanticsIdentifier}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response authenticateByIdentity(
            @PathParam("semanticsIdentifier") String semanticsIdentifier, JsonObject body) {
        guard();
        if (!SEMANTICS_IDENTIFIER.matcher(semanticsIdentifier).matches()) {
            return error(Response.Status.BAD_REQUEST, "semanticsIdentifier is not PNOxx-...");
        }
        return start(sessions.accounts().byIdentity(semanticsIdentifier), body);
    }

    @POST
    @Path("authentication/document/{documentNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response authenticateByDocument(@PathParam("documentNumber") String documentNumber, JsonObject body) {
        guard();
        return start(sessions.accounts().byDocument(documentNumber), body);
    }

    @GET
    @Path("session/{sessionId}")
    public void sessionStatus(
            @PathParam("sessionId") String sessionId,
            @QueryParam("timeoutMs") Long timeoutMs,
            @Suspended AsyncResponse response) {
        guard();
        if (timeoutMs != null && (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS)) {
            response.resume(error(Response.Status.BAD_REQUEST, "timeoutMs must be between 1000 and 120000"));
            return;
        }
        Optional<SimulatedSession> found = sessions.find(sessionId);
        if (found.isEmpty()) {
            response.resume(error(Response.Status.NOT_FOUND, "session not found"));
            return;
        }
        SimulatedSession session = found.get();
        if (session.isComplete() || timeoutMs == null) {
            response.resume(session.isComplete() ? session.finalStatus().join() : running());
            return;
        }
        // Whichever comes first answers the poll. The session keeps its callback until it completes, so the
        // callback reaches the poll only through this reference, which the timeout clears: a poll that timed out
        // does not keep its whole request alive until the member answers.
        AtomicReference<AsyncResponse> waiting = new AtomicReference<>(response);
        response.setTimeout(timeoutMs, TimeUnit.MILLISECONDS);
        response.setTimeoutHandler(timedOut -> {
            if (waiting.getAndSet(null) != null) {
                timedOut.resume(running());
            }
        });
        session.finalStatus().thenAccept(status -> {
            AsyncResponse poll = waiting.getAndSet(null);
            if (poll != null) {
                poll.resume(status);
            }
        });
    }

    private Response start(Optional<TestAccount> account, JsonObject body) {
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(body);
        } catch (AuthenticationRequest.Malformed e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        if (!relyingParty.is(request.relyingPartyUUID(), request.relyingPartyName())) {
            return error(Response.Status.UNAUTHORIZED, "unknown relying party");
        }
        if (account.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "no such account");
        }
        if (!account.get().isQualified() && !"ADVANCED".equals(request.certificateLevel())) {
            return Response.status(NO_SUITABLE_ACCOUNT)
                    .entity(Json.createObjectBuilder()
                            .add("code", NO_SUITABLE_ACCOUNT)
                            .add("message", "No suitable account of requested type found")
                            .build())
                    .build();
        }
        SimulatedSession session = sessions.start(account.get(), request);
        return Response.ok(Json.createObjectBuilder()
                        .add("sessionID", session.getId())
                        .build())
                .build();
    }

    /** Off, or asked from the network while it answers loopback only: as if it did not exist. */
    private void guard() {
        if (!simulator.admits(servletRequest.getRemoteAddr())) {
            throw new NotFoundException();
        }
    }

    private static JsonObject running() {
        return Json.createObjectBuilder().add("state", "RUNNING").build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .entity(Json.createObjectBuilder()
                        .add("code", status.getStatusCode())
                        .add("message", message)
                        .build())
                .build();
    }
}
