package lt.iunija.login;

import java.io.Serializable;
import lt.iunija.smartid.SmartIdWait;

/** What a login page remembers once its login has started: whose login, and the wait for the answer. */
public record StartedLogin(String userNumber, SmartIdWait smartIdWait) implements Serializable {}
