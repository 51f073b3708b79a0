package kz.saruar.spi.testkit.notification;

/** A correct provider passes the kit: the kit asks for nothing a provider cannot do. */
class NotificationProviderContractTest extends OutboxKit {
    NotificationProviderContractTest() {
        super(OutboxNotifications.Fault.NONE);
    }
}
