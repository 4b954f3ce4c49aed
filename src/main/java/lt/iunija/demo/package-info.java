/**
 * Demo mode data: the demo members file and its idempotent loading at start. Depends on {@code member};
 * nothing depends on it.
 */
package lt.iunija.demo;
