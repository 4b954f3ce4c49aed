package lt.iunija.incident;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lt.iunija.member.Country;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.web.RequestClient;
import lt.iunija.tenant.LocalTimes;
import lt.iunija.tenant.Union;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The public report form of a union. The form is a stateless view and everything it needs is in its one post, so
 * nobody leaves state on the server by reading it; what the reporter typed comes back with any error. The code
 * page's "Report it" link prefills what the portal already knows (user number, time, code).
 */
@Named
@RequestScoped
public class ReportBacking {
    private static final Pattern USER_NUMBER = Pattern.compile("[0-9]{4,12}");
    private static final Pattern CODE = Pattern.compile("[0-9]{4}");
    /** How far back a prompt may be reported; older ones are for the union's phone line. */
    private static final int MAX_AGE_DAYS = 30;

    @Inject
    CurrentPage page;

    @Inject
    IncidentReports reports;

    private String subject;
    private Country country;
    private LocalDateTime promptAt;
    private String verificationCode;
    private ReporterAction action;
    private String contact;
    private String description;
    private String reference;

    @PostConstruct
    void prefill() {
        Union union = page.getUnion();
        country = union.country();
        promptAt = LocalDateTime.now(union.zone()).truncatedTo(ChronoUnit.MINUTES);
        Optional.ofNullable(Faces.getRequestParameter("user"))
                .filter(value -> USER_NUMBER.matcher(value).matches())
                .ifPresent(value -> subject = value);
        Optional.ofNullable(Faces.getRequestParameter("code"))
                .filter(value -> CODE.matcher(value).matches())
                .ifPresent(value -> verificationCode = value);
        Optional.ofNullable(Faces.getRequestParameter("at"))
                .flatMap(ReportBacking::parseTime)
                .filter(time -> !time.isAfter(promptAt.plusMinutes(1)))
                .ifPresent(time -> promptAt = time);
    }

    public void send() {
        Union union = page.getUnion();
        LocalDateTime now = LocalDateTime.now(union.zone());
        if (promptAt.isAfter(now.plusMinutes(5))) {
            Messages.addGlobalError("report.when.future");
            return;
        }
        if (promptAt.isBefore(now.minusDays(MAX_AGE_DAYS))) {
            Messages.addGlobalError("report.when.too_old", union.contacts().phone());
            return;
        }
        if (!reports.admit(Faces.getRequest().getRemoteAddr())) {
            Messages.addGlobalError("report.throttled", union.contacts().phone());
            return;
        }
        LocalDateTime promptAtUtc = LocalTimes.toUtc(promptAt, union.zone());
        IncidentReport report = new IncidentReport(
                subject.strip(),
                country,
                promptAtUtc,
                blankToEmpty(verificationCode),
                action,
                contact.strip(),
                blankToEmpty(description),
                RequestClient.info());
        reference = reports.submit(union, report);
    }

    public boolean isSent() {
        return reference != null;
    }

    public String getReference() {
        return reference;
    }

    public List<ReporterAction> getActions() {
        return List.of(ReporterAction.values());
    }

    public List<Country> getCountries() {
        return List.of(Country.values());
    }

    /** The latest time the date picker offers: now, in the union's time zone. */
    public LocalDateTime getNow() {
        return LocalDateTime.now(page.getUnion().zone()).plusMinutes(5);
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<LocalDateTime> parseTime(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value).truncatedTo(ChronoUnit.MINUTES));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public LocalDateTime getPromptAt() {
        return promptAt;
    }

    public void setPromptAt(LocalDateTime promptAt) {
        this.promptAt = promptAt;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public void setVerificationCode(String verificationCode) {
        this.verificationCode = verificationCode;
    }

    public ReporterAction getAction() {
        return action;
    }

    public void setAction(ReporterAction action) {
        this.action = action;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
