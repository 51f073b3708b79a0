package kz.saruar.spi.notification;

import kz.saruar.spi.Provider;

/**
 * The extension point through which reminders reach people (PRE-05 reminders before each
 * consultation; PRE-06 agenda and survey deadlines). The library's default writes one log line
 * without personal data.
 *
 * <p>Discovered with {@link java.util.ServiceLoader} or handed to the library in code. Ordered by
 * {@link Provider#priority()} (higher first), then by {@link Provider#providerName()}.
 *
 * <p>Contract: {@link #send(Notification)} delivers or reports failure by throwing; it may be
 * called again with the same {@link Notification#id()} after a failure and must then not deliver
 * twice what it already delivered.
 */
public interface NotificationProvider extends Provider {
    /** Delivers one notification. */
    void send(Notification notification);
}
