/**
 * Configuration values that several features share, read through MicroProfile Config.
 */
package lt.iunija.infrastructure.config;
