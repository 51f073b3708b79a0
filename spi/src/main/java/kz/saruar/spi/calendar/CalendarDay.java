package kz.saruar.spi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One special day of a holiday calendar: a holiday, a moved or decreed day off, or a decreed
 * working day (APP-11 counts working days against these).
 *
 * @param date   the day
 * @param kind   why the day is special
 * @param name   a short name of the holiday or transfer, for reports (not localized by the SPI)
 * @param source      where the entry comes from: a law, decree or order (number and date), so that a reader can check it
 * @param provisional whether the day is not yet confirmed (e.g. Kurban Ait of a future year before the
 *                    official calendar is published); deadlines on it may still move
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source, boolean provisional) {
    /** A confirmed day. */
    public CalendarDay(LocalDate date, DayKind kind, String name, String source) {
        this(date, kind, name, source, false);
    }

    /** Refuses nulls and a blank name. */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (name.isBlank()) {
            throw new IllegalArgumentException("calendar day name is blank for " + date);
        }
    }
}
