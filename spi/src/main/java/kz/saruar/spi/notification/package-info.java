/**
 * The notification extension point (ARCHITECTURE.md "Extension points"): how the reminders of
 * PRE-05/PRE-06 reach people (e-mail, messenger). Depends on the JDK alone.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.notification;
