/**
 * Smart-ID's side of a page request: who the client is (address, browser, known-browser token). The one part of
 * Smart-ID that reads the Faces request; the services in {@code lt.iunija.smartid} take what it reads as values.
 */
package lt.iunija.smartid.web;
