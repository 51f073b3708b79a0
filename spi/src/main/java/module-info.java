/**
 * Saruar's extension points (ARCHITECTURE.md "Extension points"): the provider interfaces of
 * directions (CAT-02), document templates, holiday calendars, notifications and journal storage
 * (LFT-06), and {@link kz.saruar.spi.plugin.Plugins}, the one {@link java.util.ServiceLoader}
 * discovery loop, which is why this module declares {@code uses} for every kind.
 *
 * <p>A plugin on the module path declares {@code provides kz.saruar.spi.direction.DirectionProvider
 * with ...} (and keeps its {@code META-INF/services} file for classpath users).
 */
module kz.saruar.spi {
    exports kz.saruar.spi;
    exports kz.saruar.spi.calendar;
    exports kz.saruar.spi.direction;
    exports kz.saruar.spi.document;
    exports kz.saruar.spi.notification;
    exports kz.saruar.spi.plugin;
    exports kz.saruar.spi.storage;

    uses kz.saruar.spi.calendar.HolidayCalendarProvider;
    uses kz.saruar.spi.direction.DirectionProvider;
    uses kz.saruar.spi.document.DocumentTemplateProvider;
    uses kz.saruar.spi.notification.NotificationProvider;
    uses kz.saruar.spi.storage.StorageProvider;
}
