package kz.saruar.spi.testkit.notification;

import java.util.List;
import kz.saruar.spi.notification.NotificationProvider;

/** A correct provider passes the kit: the kit asks for nothing a provider cannot do. */
class NotificationProviderContractTest implements NotificationProviderContract {
    @Override
    public NotificationProvider provider() {
        return new OutboxNotifications(OutboxNotifications.Fault.NONE);
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
