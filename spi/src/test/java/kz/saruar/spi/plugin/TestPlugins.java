package kz.saruar.spi.plugin;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;
import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageProvider;

/** Plugins that {@code META-INF/services} in the test resources names, working and broken. */
final class TestPlugins {
    private TestPlugins() {
    }

    public static final class Sms implements NotificationProvider {
        @Override
        public String providerName() {
            return "sms";
        }

        @Override
        public void send(Notification notification) {
        }
    }

    public static final class Mail implements NotificationProvider {
        @Override
        public String providerName() {
            return "mail";
        }

        @Override
        public int priority() {
            return 5;
        }

        @Override
        public void send(Notification notification) {
        }
    }

    public static final class BrokenConstructor implements NotificationProvider {
        public BrokenConstructor() {
            throw new IllegalStateException("no SMTP host configured");
        }

        @Override
        public void send(Notification notification) {
        }
    }

    public abstract static class Store implements StorageProvider {
        @Override
        public String providerName() {
            return "shared-name";
        }

        @Override
        public boolean supportsScheme(String scheme) {
            return false;
        }

        @Override
        public JournalStore open(URI location) {
            throw new UnsupportedOperationException("opens nothing");
        }
    }

    public static final class StoreA extends Store {
    }

    public static final class StoreB extends Store {
    }

    /** A direction provider named by the argument, with a priority. */
    static DirectionProvider directions(String name, int priority) {
        return DirectionProvider.of(name, priority, List.of());
    }

    /** A calendar provider whose name cannot be read. */
    static HolidayCalendarProvider nameless() {
        return new HolidayCalendarProvider() {
            @Override
            public String providerName() {
                throw new IllegalStateException("name lookup failed");
            }

            @Override
            public String calendarId() {
                return "X";
            }

            @Override
            public Set<Integer> coveredYears() {
                return Set.of();
            }

            @Override
            public Optional<HolidayYear> year(int year) {
                return Optional.empty();
            }
        };
    }
}
