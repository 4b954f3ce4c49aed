/**
 * Addresses: which union and page a request is for, how public URLs map to Facelets views and back, and
 * the request's language. Depends on {@code tenant} and {@code i18n}; pages depend on it through
 * {@link lt.iunija.routing.CurrentPage}.
 */
package lt.iunija.routing;
