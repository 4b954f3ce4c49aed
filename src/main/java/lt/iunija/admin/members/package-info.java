/**
 * A union admin's members: finding one by user number or personal code, seeing their Smart-ID and code-card
 * state, the protective steps an admin takes (unlock the card, block or unblock Smart-ID login, lift a pause,
 * ask for the code card again), each in the member's audit trail, and importing the union's members from a
 * CSV export of its core system.
 */
package lt.iunija.admin.members;
