/**
 * Shared plumbing that no feature owns: persistence set-up and migrations, configuration, HTTP security
 * headers, health checks. Features may depend on it; it depends on no feature except to report on it.
 */
package lt.iunija.infrastructure;
