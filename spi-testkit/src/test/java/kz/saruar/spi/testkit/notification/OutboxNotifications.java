package kz.saruar.spi.testkit.notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;

/** A notification provider that writes into an outbox; correct, or broken in a chosen way. */
final class OutboxNotifications implements NotificationProvider {
    enum Fault { NONE, DELIVERS_TWICE, FAILS_SILENTLY, DELIVERS_ON_FAILURE }

    private final Fault fault;
    final List<String> outbox = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    boolean failNext;

    OutboxNotifications(Fault fault) {
        this.fault = fault;
    }

    @Override
    public String providerName() {
        return "outbox-" + fault.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void send(Notification notification) {
        if (failNext) {
            failNext = false;
            if (fault == Fault.DELIVERS_ON_FAILURE) {
                outbox.add(notification.id());
                done.add(notification.id());
            }
            if (fault != Fault.FAILS_SILENTLY) {
                throw new IllegalStateException("transport down");
            }
            return;
        }
        if (fault == Fault.DELIVERS_TWICE || done.add(notification.id())) {
            outbox.add(notification.id());
        }
    }
}
