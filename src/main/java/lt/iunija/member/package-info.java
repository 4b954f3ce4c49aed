/**
 * People (Smart-ID identities) and their union memberships: user numbers, code cards, activation and the
 * protective flags. Login, activation, incidents and the admin area depend on it; it depends on nothing
 * but the persistence set-up.
 */
package lt.iunija.member;
