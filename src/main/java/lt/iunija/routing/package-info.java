/**
 * Addresses: which union and page a request is for, how public URLs map to Facelets views and back, the
 * request's language, a union's logo, which pages are stateless views and the copies their first visits get.
 * Depends on {@code tenant} and {@code i18n} (and the web infrastructure); pages depend on it through
 * {@link lt.iunija.routing.CurrentPage}.
 */
package lt.iunija.routing;
