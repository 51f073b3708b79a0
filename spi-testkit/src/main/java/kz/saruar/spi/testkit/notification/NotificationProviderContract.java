package kz.saruar.spi.testkit.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link NotificationProvider} keeps (PRE-05 reminders before each
 * consultation, PRE-06 agenda and survey deadlines): a notification is delivered once, and sending
 * the same {@link Notification#id()} again (the library retries after a failure) never delivers it
 * twice. A plugin's test implements this interface, hands the provider a test double of its
 * transport (an outbox), and says what reached that outbox; JUnit 5 and jqwik run the checks.
 *
 * <pre>{@code
 * class TelegramNotificationsTest implements NotificationProviderContract {
 *     final FakeBotApi api = new FakeBotApi();
 *     public NotificationProvider provider() { api.clear(); return new TelegramNotifications(api); }
 *     public List<String> delivered(NotificationProvider p) { return api.sentNotificationIds(); }
 *     public boolean failNextDelivery(NotificationProvider p) { api.failNext(); return true; }
 * }
 * }</pre>
 */
public interface NotificationProviderContract {
    /** A provider with an empty outbox; each call starts afresh. */
    NotificationProvider provider();

    /**
     * The IDs of the notifications that reached the outbox of {@code provider} so far, once per
     * delivery and in order: a notification delivered twice appears twice.
     */
    List<String> delivered(NotificationProvider provider);

    /**
     * Makes the next delivery of {@code provider} fail (the transport is down) and returns
     * {@code true}; returns {@code false} (the default) when the test cannot simulate that, which
     * skips the retry check.
     */
    default boolean failNextDelivery(NotificationProvider provider) {
        return false;
    }

    /** A notification as the library sends it: a PRE-05 reminder in kk, ru and en to two recipients. */
    static Notification sample(String id) {
        return new Notification(id, "PRE-05", "CONSULTATION_REMINDER", "consultation-1",
                Instant.parse("2026-03-02T06:00:00Z"), List.of("consultation-1#PARTICIPANT", "consultation-1#MENTOR"),
                Map.of("kk", "Кеңес ертең сағат 11:00-де", "ru", "Консультация завтра в 11:00",
                        "en", "The consultation is tomorrow at 11:00"));
    }

    /** The provider has a name to be reported by, and one priority. */
    @Test
    default void PRE_05_provider_has_a_name_and_a_stable_priority() {
        NotificationProvider p = provider();
        assertThat(p.providerName()).as("providerName").isNotBlank();
        assertThat(p.priority()).as("priority asked twice").isEqualTo(p.priority());
    }

    /** A notification that is sent is delivered, exactly once. */
    @Test
    default void PRE_05_a_sent_notification_is_delivered_once() {
        NotificationProvider p = provider();
        p.send(sample("reminder-1"));
        assertThat(delivered(p)).as("delivered after one send").containsExactly("reminder-1");
    }

    /** Sending the same notification again never delivers it twice (its ID is an idempotency key). */
    @Test
    default void PRE_05_the_same_notification_sent_again_is_not_delivered_twice() {
        NotificationProvider p = provider();
        p.send(sample("reminder-1"));
        p.send(sample("reminder-1"));
        assertThat(delivered(p)).as("delivered after sending reminder-1 twice").containsExactly("reminder-1");
    }

    /** After a failed delivery (reported by throwing), sending again delivers it once. */
    @Test
    default void PRE_05_a_failed_delivery_throws_and_a_retry_delivers_once() {
        NotificationProvider p = provider();
        if (!failNextDelivery(p)) {
            return;
        }
        Throwable failure = catchThrowable(() -> p.send(sample("reminder-2")));
        assertThat(failure).as("a failed delivery is reported by throwing").isInstanceOf(RuntimeException.class);
        assertThat(delivered(p)).as("delivered after a failure").doesNotContain("reminder-2");
        p.send(sample("reminder-2"));
        assertThat(delivered(p)).as("delivered after the retry").containsExactly("reminder-2");
    }

    /** Any sequence of sends, with repeats, delivers each distinct notification exactly once. */
    @Property(tries = 30)
    default void PRE_05_each_distinct_notification_is_delivered_exactly_once(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5) Integer> ids) {
        NotificationProvider p = provider();
        List<String> expected = new ArrayList<>();
        for (int i : ids) {
            String id = "n-" + i;
            p.send(sample(id));
            if (!expected.contains(id)) {
                expected.add(id);
            }
        }
        List<String> got = new ArrayList<>(delivered(p));
        for (String id : expected) {
            assertThat(Collections.frequency(got, id)).as("deliveries of %s", id).isEqualTo(1);
        }
        assertThat(got).as("nothing else delivered").hasSameSizeAs(expected);
    }
}
