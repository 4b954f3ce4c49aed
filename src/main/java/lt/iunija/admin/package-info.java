/**
 * The union admin area: its own Smart-ID login (only the union's {@code admins}), the incident queue with its
 * chart and CSV export, and the incident detail with the admin actions. Everything is scoped to the union of
 * the URL; another union's ids are not found.
 */
package lt.iunija.admin;
