package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.AuthenticationRequestBuilder;
import ee.sk.smartid.SmartIdAuthenticationResponse;
import ee.sk.smartid.exception.UnprocessableSmartIdResponseException;
import ee.sk.smartid.exception.useraccount.DocumentUnusableException;
import ee.sk.smartid.exception.useraction.SessionTimeoutException;
import ee.sk.smartid.exception.useraction.UserRefusedException;
import ee.sk.smartid.exception.useraction.UserSelectedWrongVerificationCodeException;
import ee.sk.smartid.rest.SessionStatusPoller;
import ee.sk.smartid.rest.dao.SessionStatus;

/**
 * Turns the final status of one of our Smart-ID sessions into an outcome. The response is rebuilt with the
 * hash of <em>our</em> attempt, so a status taken from another session (a replay) cannot carry a valid
 * signature; the end result is judged by the client library, the rest by {@link ResponseVerifier}.
 */
public final class SessionJudge {

    static final String REQUIRED_LEVEL = "QUALIFIED";

    private final ResponseVerifier verifier;

    public SessionJudge(ResponseVerifier verifier) {
        this.verifier = verifier;
    }

    public ResponseVerifier.Result judge(SessionStatus status, AuthenticationHash ourHash, String askedIdentity) {
        AuthenticationRequestBuilder builder = new AuthenticationRequestBuilder(null, (SessionStatusPoller) null)
                .withAuthenticationHash(ourHash)
                .withCertificateLevel(REQUIRED_LEVEL);
        SmartIdAuthenticationResponse response;
        try {
            response = builder.createSmartIdAuthenticationResponse(status);
        } catch (UserRefusedException e) {
            return ResponseVerifier.Result.refused(AuthenticationOutcome.USER_REFUSED);
        } catch (UserSelectedWrongVerificationCodeException e) {
            return ResponseVerifier.Result.refused(AuthenticationOutcome.WRONG_VC);
        } catch (SessionTimeoutException e) {
            return ResponseVerifier.Result.refused(AuthenticationOutcome.TIMEOUT);
        } catch (DocumentUnusableException e) {
            return ResponseVerifier.Result.refused(AuthenticationOutcome.DOCUMENT_UNUSABLE);
        } catch (UnprocessableSmartIdResponseException | IllegalArgumentException | NullPointerException e) {
            return ResponseVerifier.Result.refused(AuthenticationOutcome.INVALID_RESPONSE);
        }
        return verifier.verify(response, askedIdentity);
    }
}
