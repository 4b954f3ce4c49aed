package lt.iunija.incident;

import java.time.LocalDateTime;
import java.util.Optional;
import lt.iunija.member.Country;
import lt.iunija.smartid.ClientInfo;

/**
 * A report as the reporter sent it, already validated by the form.
 *
 * @param subject     user number or personal code, as typed
 * @param country     the country of a personal code (LT, LV, EE)
 * @param promptAtUtc when the prompt arrived, converted from the union's time zone to UTC
 */
public record IncidentReport(
        String subject,
        Country country,
        LocalDateTime promptAtUtc,
        Optional<String> verificationCode,
        ReporterAction action,
        String contact,
        Optional<String> description,
        ClientInfo client) {}
