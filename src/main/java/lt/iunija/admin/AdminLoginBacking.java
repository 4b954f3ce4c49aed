package lt.iunija.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import lt.iunija.infrastructure.web.PartialRendering;
import lt.iunija.member.Country;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.smartid.SmartIdWait;
import lt.iunija.smartid.web.RequestClient;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The admin area's login: personal code with its country, then the Smart-ID wait. */
@Named
@ViewScoped
public class AdminLoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPage page;

    @Inject
    AdminLoginService logins;

    @Inject
    AdminSession session;

    @Inject
    SmartIdAuthentications smartId;

    private Country country;
    private String personalCode;
    private final SmartIdWait wait = new SmartIdWait();

    @PostConstruct
    void defaults() {
        country = page.getUnion().country();
    }

    /** View action: an admin who is already in goes straight to the queue. */
    public void skipWhenLoggedIn() {
        if (session.isAdminAt(page.getUnion().id())) {
            Faces.redirect(page.url(UnionPage.ADMIN_QUEUE));
        }
    }

    public void logIn() {
        Optional<String> identity = country.semanticsIdentifier(personalCode);
        if (identity.isEmpty()) {
            Messages.addGlobalError("admin.login.code.invalid");
            return;
        }
        AttemptState state = logins.start(page.getUnion(), identity.get(), RequestClient.info());
        if (state.isRunning()) {
            wait.begin(state);
        } else {
            Messages.addGlobalError(state.outcome().orElseThrow().messageKey());
        }
    }

    /** Polled by the code panel. */
    public void check() {
        // OK: "logging in" now, the admin area with the page's next request
        if (!wait.poll(smartId, this::complete)) {
            PartialRendering.nothingChanged();
        }
    }

    /** Right after Smart-ID confirmed: the admin area, or why not. */
    public void complete() {
        wait.takeConfirmed().ifPresent(this::complete);
    }

    private void complete(AttemptState finished) {
        AuthenticationOutcome outcome = finished.outcome().orElseThrow();
        Optional<AdminSession.Admin> admin = logins.provenAdmin(page.getUnion(), finished);
        if (admin.isEmpty()) {
            Messages.addGlobalError(
                    outcome == AuthenticationOutcome.OK
                            ? AuthenticationOutcome.ACCOUNT_NOT_FOUND.messageKey()
                            : outcome.messageKey());
            return;
        }
        // A new session id for a new privilege level.
        Faces.getRequest().changeSessionId();
        session.logIn(admin.get());
        logins.rememberBrowser(page.getUnion(), finished, RequestClient.browserTokenGivenIfNone());
        Faces.redirect(page.url(UnionPage.ADMIN_QUEUE));
    }

    public void cancel() {
        if (wait.cancel(smartId)) {
            Messages.addGlobalInfo(AuthenticationOutcome.CANCELLED.messageKey());
        }
    }

    public SmartIdWait getWait() {
        return wait;
    }

    public List<Country> getCountries() {
        return List.of(Country.values());
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public void setPersonalCode(String personalCode) {
        this.personalCode = personalCode;
    }
}
