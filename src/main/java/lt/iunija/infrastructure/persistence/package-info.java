/**
 * The database: its definition from configuration and the schema migrations that run at start. Entities
 * live with their features; this package only makes the database ready for them.
 * <p>
 * Every repository runs its reads in a transaction too ({@code @Transactional} on the class). Outside a
 * transaction Payara ties the persistence context to the request's invocation, and a task handed from the
 * request to a managed executor (a Smart-ID start) runs with a copy of that invocation: when the task ended
 * first, it closed the context the page was still rendering with ("EntityManager is closed" on home after a
 * union switch). A transaction's persistence context belongs to the transaction alone.
 */
package lt.iunija.infrastructure.persistence;
