package kz.saruar.spi.notification;

/**
 * The extension point through which reminders reach people (PRE-05 reminders before each
 * consultation; PRE-06 agenda and survey deadlines). The library's default writes one log line
 * without personal data.
 *
 * <p>Discovered with {@link java.util.ServiceLoader} or handed to the library in code. Ordered by
 * {@link #priority()} (higher first), then by {@link #providerName()}.
 *
 * <p>Contract: {@link #send(Notification)} delivers or reports failure by throwing; it may be
 * called again with the same {@link Notification#id()} after a failure and must then not deliver
 * twice what it already delivered.
 */
public interface NotificationProvider {
    /** The provider's name, shown in reports; defaults to the class name. */
    default String providerName() {
        return getClass().getName();
    }

    /** The order among providers, higher first; ties are broken by {@link #providerName()}. */
    default int priority() {
        return 0;
    }

    /** Delivers one notification. */
    void send(Notification notification);
}
