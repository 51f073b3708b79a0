package kz.saruar.spi.testkit.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;
import org.junit.jupiter.api.Test;

/** Proof that the notification kit catches broken providers: each check is run directly against one. */
class NotificationProviderContractCanFailTest {
    private static NotificationProviderContract kit(OutboxNotifications.Fault fault) {
        return new OutboxKit(fault) {
        };
    }

    @Test
    void PRE_05_a_provider_that_delivers_a_resent_notification_twice_fails() {
        NotificationProviderContract kit = kit(OutboxNotifications.Fault.DELIVERS_TWICE);
        assertThatThrownBy(kit::PRE_05_the_same_notification_sent_again_is_not_delivered_twice)
                .isInstanceOf(AssertionError.class).hasMessageContaining("reminder-1");
        assertThatThrownBy(() -> kit.PRE_05_each_distinct_notification_is_delivered_exactly_once(List.of(1, 1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("n-1");
    }

    @Test
    void PRE_05_a_provider_that_swallows_a_failure_fails() {
        NotificationProviderContract kit = kit(OutboxNotifications.Fault.FAILS_SILENTLY);
        assertThatThrownBy(kit::PRE_05_a_failed_delivery_throws_and_a_retry_delivers_once)
                .isInstanceOf(AssertionError.class).hasMessageContaining("throwing");
    }

    @Test
    void PRE_05_a_provider_that_delivers_and_then_reports_failure_fails() {
        NotificationProviderContract kit = kit(OutboxNotifications.Fault.DELIVERS_ON_FAILURE);
        assertThatThrownBy(kit::PRE_05_a_failed_delivery_throws_and_a_retry_delivers_once)
                .isInstanceOf(AssertionError.class).hasMessageContaining("after a failure");
    }

    @Test
    void PRE_05_a_provider_that_delivers_nothing_or_has_no_name_fails() {
        NotificationProviderContract kit = new NotificationProviderContract() {
            @Override
            public NotificationProvider provider() {
                return new NotificationProvider() {
                    @Override
                    public String providerName() {
                        return " ";
                    }

                    @Override
                    public void send(Notification notification) {
                    }
                };
            }

            @Override
            public List<String> delivered(NotificationProvider provider) {
                return List.of();
            }
        };
        assertThatThrownBy(kit::PRE_05_a_sent_notification_is_delivered_once).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::PRE_05_provider_has_a_name_and_a_stable_priority).isInstanceOf(AssertionError.class);
    }
}
