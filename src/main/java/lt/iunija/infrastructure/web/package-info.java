/** HTTP-level protections shared by every page and endpoint (security headers, content security policy) and localized Faces messages for backing beans. */
package lt.iunija.infrastructure.web;
