package lt.iunija.incident;

import java.util.Locale;

import lt.iunija.infrastructure.web.Messages;
import lt.iunija.tenant.LocalTimes;
import lt.iunija.tenant.Union;

/**
 * The e-mail that tells a union's incident address about a new report, in the union's default language. It
 * carries what staff need to judge urgency and a link to the incident, but not the reporter's contact or
 * description: those stay behind the admin login.
 */
public record IncidentMail(String subject, String body) {

    public static IncidentMail of(Incident incident, Union union, String incidentUrl) {
        Locale locale = union.defaultLanguage().locale();
        String subject = Messages.text(locale, "incidentmail.subject", incident.getReference(),
                Messages.text(locale, incident.getSeverity().messageKey()));
        String body = String.join("\n",
                Messages.text(locale, "incidentmail.intro", union.name(union.defaultLanguage())),
                "",
                Messages.text(locale, "incidentmail.reference", incident.getReference()),
                Messages.text(locale, "incidentmail.severity", Messages.text(locale, incident.getSeverity().messageKey())),
                Messages.text(locale, "incidentmail.matched", Messages.text(locale, incident.isMatched() ? "incidentmail.yes" : "incidentmail.no")),
                Messages.text(locale, "incidentmail.action", Messages.text(locale, incident.getReporterAction().messageKey())),
                Messages.text(locale, "incidentmail.prompt_at",
                        LocalTimes.format(incident.getPromptAt(), union.zone())),
                "",
                Messages.text(locale, "incidentmail.link", incidentUrl),
                "");
        return new IncidentMail(subject, body);
    }
}
