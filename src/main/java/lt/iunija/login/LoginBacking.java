package lt.iunija.login;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import lt.iunija.infrastructure.web.Messages;

/**
 * The union's login form. Smart-ID login itself arrives with the login issue; until then the form validates
 * its input and says plainly that logging in is not available yet, instead of pretending to work.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private String userNumber;

    public String getUserNumber() {
        return userNumber;
    }

    public void setUserNumber(String userNumber) {
        this.userNumber = userNumber;
    }

    public void logIn() {
        Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_WARN, "login.unavailable");
    }
}
