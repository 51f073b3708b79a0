package kz.saruar.scheduling.reminder;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.saruar.model.Language;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reminders that are due (PRE-05) through the chosen notification provider: the
 * highest-priority one handed in or discovered, else the built-in log provider. Each reminder is
 * sent once, also when several threads call it at once; a provider failure is logged (without
 * personal data) and retried on the next call.
 */
public final class ReminderDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderDispatcher.class);
    private final Clock clock;
    private final NotificationProvider provider;
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    /** A dispatcher through this provider. */
    public ReminderDispatcher(Clock clock, NotificationProvider provider) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** A dispatcher through the best provider found by {@link java.util.ServiceLoader}, or the log provider. */
    public static ReminderDispatcher discover(Clock clock) {
        return of(clock, Plugins.builder().classLoader(ReminderDispatcher.class.getClassLoader()).build());
    }

    /** A dispatcher through the first notification provider of a center's {@link Plugins}, or the log provider. */
    public static ReminderDispatcher of(Clock clock, Plugins plugins) {
        Objects.requireNonNull(plugins, "plugins");
        plugins.warnings(NotificationProvider.class).forEach(w -> LOG.warn("{}", w.message()));
        List<NotificationProvider> found = plugins.notifications();
        if (found.isEmpty()) {
            LOG.info("no notification provider found; reminders go to the log");
            return new ReminderDispatcher(clock, new LoggingNotificationProvider());
        }
        return new ReminderDispatcher(clock, found.get(0));
    }

    /** The provider in use. */
    public NotificationProvider provider() {
        return provider;
    }

    /** Sends every reminder due by now and not yet sent; returns those sent by this call. */
    public List<Reminder> dispatchDue(Collection<Reminder> reminders) {
        Objects.requireNonNull(reminders, "reminders");
        List<Reminder> done = new ArrayList<>();
        for (Reminder r : reminders) {
            // claimed before sending: of two concurrent calls only one sends it
            if (r.sendAt().isAfter(clock.instant()) || !sent.add(r.id())) {
                continue;
            }
            try {
                provider.send(toNotification(r));
                done.add(r);
            } catch (RuntimeException e) {
                sent.remove(r.id());
                LOG.warn("reminder {} via {} failed: {}; will retry", r.id(), provider.providerName(), e.getClass().getName());
            }
        }
        return ImmutableList.copyOf(done);
    }

    static Notification toNotification(Reminder r) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            texts.put(l.tag(), r.text().get(l));
        }
        List<String> recipients = r.recipients().stream().map(x -> r.consultationId() + "#" + x.name()).toList();
        return new Notification(r.id(), r.rule().value(), r.kind().name(), r.consultationId(), r.sendAt(), recipients, texts);
    }
}
