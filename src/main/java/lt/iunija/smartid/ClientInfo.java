package lt.iunija.smartid;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Where a Smart-ID request came from: the member's address and browser, as recorded with the attempt. */
public record ClientInfo(String address, String userAgent) {

    /** Longest user agent the records keep (the column's length). */
    public static final int STORED_USER_AGENT_LENGTH = 300;

    /** The user agent as records store it: cut to {@link #STORED_USER_AGENT_LENGTH}. */
    public String storedUserAgent() {
        return userAgent == null ? null : userAgent.substring(0, Math.min(STORED_USER_AGENT_LENGTH, userAgent.length()));
    }

    /** The client of the current Faces request. */
    public static ClientInfo ofCurrentRequest() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
