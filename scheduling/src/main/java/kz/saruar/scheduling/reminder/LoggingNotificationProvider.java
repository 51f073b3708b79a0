package kz.saruar.scheduling.reminder;

import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in notification provider (PRE-05 reminders): one SLF4J INFO line per notification
 * with its ID, rule, kind, subject ID, due time and recipient count — never names, contacts or
 * the text, which may carry personal data.
 */
public final class LoggingNotificationProvider implements NotificationProvider {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationProvider.class);

    /** The provider; it holds no state. */
    public LoggingNotificationProvider() {
    }

    @Override
    public String providerName() {
        return "Saruar log notifications";
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public void send(Notification n) {
        LOG.info("reminder {} rule={} kind={} subject={} due={} recipients={}", n.id(), n.ruleId(), n.kind(),
                n.subjectId(), n.dueAt(), n.recipients().size());
    }
}
