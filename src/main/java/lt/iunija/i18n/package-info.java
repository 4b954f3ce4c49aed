/**
 * Languages and the rule that picks one for a request. Pure rules, no server state: everything else
 * may depend on this package.
 */
package lt.iunija.i18n;
