/**
 * The database: its definition from configuration and the schema migrations that run at start. Entities
 * live with their features; this package only makes the database ready for them.
 */
package lt.iunija.infrastructure.persistence;
