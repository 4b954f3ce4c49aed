/** MicroProfile Health checks at {@code /health}: the database and the tenant registry. */
package lt.iunija.infrastructure.health;
