/**
 * The contract kit for notification plugins (PRE-05 reminders, PRE-06 deadlines):
 * {@link kz.saruar.spi.testkit.notification.NotificationProviderContract}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit.notification;
