package lt.iunija.login;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import lt.iunija.infrastructure.web.PartialRendering;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.smartid.SmartIdWait;
import lt.iunija.smartid.web.RequestClient;
import lt.iunija.tenant.Union;
import org.omnifaces.util.Messages;

/**
 * The union's login page: user number, then the verification code while the member answers in the Smart-ID
 * app; no request waits for Smart-ID. The page is a stateless view, so reading it costs the server nothing; once
 * a login starts, its state is in the browser's session ({@link StartedLogins}) and the page names it with a key.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    LoginService logins;

    @Inject
    CurrentPage page;

    @Inject
    LoginEntry entry;

    @Inject
    SmartIdAuthentications smartId;

    @Inject
    StartedLogins started;

    private String userNumber;
    private SmartIdWait wait = new SmartIdWait();
    /** The key of this page's started login in the session; null while the page asks for the user number. */
    private String startedKey;

    private String outcomeReportUrl;

    @PostConstruct
    void findStartedLogin() {
        started.ofCurrentRequest().ifPresent(found -> {
            startedKey = found.key();
            userNumber = found.login().userNumber();
            wait = found.login().smartIdWait();
        });
    }

    public String getUserNumber() {
        return userNumber;
    }

    public void setUserNumber(String userNumber) {
        this.userNumber = userNumber;
    }

    public SmartIdWait getWait() {
        return wait;
    }

    /** Sent back by the page with each request while its login runs (a hidden field). */
    public String getStartedKey() {
        return startedKey;
    }

    /** "Did not start this? Report it": the report form, prefilled with the user number, time and code. */
    public String getReportUrl() {
        return wait.isWaiting() ? reportUrl(wait.getVerificationCode(), wait.startedAt()) : page.url(UnionPage.REPORT);
    }

    /** The report form for the prompt that just ended, when its outcome suggests it was not wanted; else null. */
    public String getOutcomeReportUrl() {
        return outcomeReportUrl;
    }

    private String reportUrl(String verificationCode, Instant startedAt) {
        LocalDateTime startedLocal =
                LocalDateTime.ofInstant(startedAt, page.getUnion().zone()).truncatedTo(ChronoUnit.MINUTES);
        return page.url(UnionPage.REPORT) + "?user=" + URLEncoder.encode(userNumber.strip(), StandardCharsets.UTF_8)
                + "&code=" + verificationCode + "&at=" + startedLocal;
    }

    public void logIn() {
        outcomeReportUrl = null;
        Union union = page.getUnion();
        AttemptState state = logins.start(union, userNumber.strip(), RequestClient.info());
        if (!state.isRunning()) {
            show(state.outcome().orElseThrow().messageKey());
            return;
        }
        wait.begin(state);
        userNumber = userNumber.strip();
        startedKey = started.keep(new StartedLogin(userNumber, wait));
    }

    /** Asked by the code page (once told its wait has ended, at its deadline, or without fetch): has the member answered? */
    public void check() {
        Instant startedAt = wait.startedAt();
        boolean changed = wait.poll(smartId, finished -> {
            if (finished.outcome()
                    .filter(AuthenticationOutcome::mayHaveBeenUnrequested)
                    .isPresent()) {
                outcomeReportUrl = reportUrl(finished.verificationCode(), startedAt);
            }
            entry.complete(page.getUnion(), finished).ifPresent(this::show);
        });
        if (changed) {
            remember();
        } else {
            PartialRendering.nothingChanged();
        }
    }

    /** Right after Smart-ID confirmed: the code card step, home, or why not. */
    public void complete() {
        Optional<AttemptState> confirmed = wait.takeConfirmed();
        remember();
        confirmed.ifPresent(attempt -> entry.complete(page.getUnion(), attempt).ifPresent(this::show));
    }

    public void cancel() {
        if (wait.cancel(smartId)) {
            Messages.addGlobalInfo(AuthenticationOutcome.CANCELLED.messageKey());
        }
        remember();
    }

    /** Keeps the started login while the page still waits; forgets it once the page asks for a user number again. */
    private void remember() {
        if (startedKey == null) {
            return;
        }
        if (wait.isWaiting()) {
            started.update(startedKey, new StartedLogin(userNumber, wait));
        } else {
            started.forget(startedKey);
            startedKey = null;
        }
    }

    /** An outcome or refusal; its message may name the union's phone and e-mail. */
    private void show(String messageKey) {
        Union union = page.getUnion();
        Messages.addGlobalError(
                messageKey, union.contacts().phone(), union.contacts().email());
    }
}
