package lt.iunija.smartid;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Where a Smart-ID request came from: the member's address and browser, as recorded with the attempt. */
public record ClientInfo(String address, String userAgent) {

    /** The client of the current Faces request. */
    public static ClientInfo ofCurrentRequest() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
