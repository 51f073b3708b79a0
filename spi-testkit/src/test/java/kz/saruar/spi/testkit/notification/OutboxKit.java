package kz.saruar.spi.testkit.notification;

import java.util.List;
import kz.saruar.spi.notification.NotificationProvider;

/** The notification kit run against {@link OutboxNotifications} with one fault (or none). */
abstract class OutboxKit implements NotificationProviderContract {
    private final OutboxNotifications.Fault fault;

    OutboxKit(OutboxNotifications.Fault fault) {
        this.fault = fault;
    }

    @Override
    public NotificationProvider provider() {
        return new OutboxNotifications(fault);
    }

    @Override
    public List<String> delivered(NotificationProvider provider) {
        return List.copyOf(((OutboxNotifications) provider).outbox);
    }

    @Override
    public boolean failNextDelivery(NotificationProvider provider) {
        ((OutboxNotifications) provider).failNext = true;
        return true;
    }
}
