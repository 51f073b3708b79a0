/**
 * Contract tests for implementations of Saruar's extension points (directions, document templates,
 * holiday calendars, notifications, journal storage): a plugin's test implements the contract
 * interface and inherits its JUnit 5 and jqwik checks.
 *
 * <p>Open because its only use is being run by test engines, which call the contracts' methods
 * reflectively.
 */
open module kz.saruar.spi.testkit {
    requires transitive kz.saruar.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires org.assertj.core;

    exports kz.saruar.spi.testkit.calendar;
    exports kz.saruar.spi.testkit.direction;
    exports kz.saruar.spi.testkit.document;
    exports kz.saruar.spi.testkit.notification;
    exports kz.saruar.spi.testkit.storage;
}
