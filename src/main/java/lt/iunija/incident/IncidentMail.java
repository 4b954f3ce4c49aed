package lt.iunija.incident;

import java.util.Locale;
import lt.iunija.i18n.Texts;
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
        String subject = Texts.text(
                locale,
                "incidentmail.subject",
                incident.getReference(),
                Texts.text(locale, incident.getSeverity().messageKey()));
        String body = String.join(
                "\n",
                Texts.text(locale, "incidentmail.intro", union.name(union.defaultLanguage())),
                "",
                Texts.text(locale, "incidentmail.reference", incident.getReference()),
                Texts.text(
                        locale,
                        "incidentmail.severity",
                        Texts.text(locale, incident.getSeverity().messageKey())),
                Texts.text(
                        locale,
                        "incidentmail.matched",
                        Texts.text(locale, incident.isMatched() ? "incidentmail.yes" : "incidentmail.no")),
                Texts.text(
                        locale,
                        "incidentmail.action",
                        Texts.text(locale, incident.getReporterAction().messageKey())),
                Texts.text(locale, "incidentmail.prompt_at", LocalTimes.format(incident.getPromptAt(), union.zone())),
                "",
                Texts.text(locale, "incidentmail.link", incidentUrl),
                "");
        return new IncidentMail(subject, body);
    }
}
