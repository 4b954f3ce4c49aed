/** Member login at a union: the login form and, later, the Smart-ID flow behind it. */
package lt.iunija.login;
