/**
 * Credit unions (tenants): the file format in {@code tenants/}, its validation, and the registry that
 * keeps the current set. Depends only on {@code i18n}; every other feature asks this package which union
 * a request belongs to.
 */
package lt.iunija.tenant;
