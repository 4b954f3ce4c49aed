/**
 * Incident reports of Smart-ID prompts that members did not start: the public report form, matching reports
 * with recorded Smart-ID attempts, the automatic protection a matched report triggers, the audit trail, and
 * the e-mail to the union.
 */
package lt.iunija.incident;
