package kz.saruar.model.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import kz.saruar.model.Arguments;

/**
 * The window for the application to acceleration after the defense (DEF-11: within 3 days): the
 * defense date and the last day an application is accepted. Working-day arithmetic belongs to
 * {@code scheduling}; {@link #calendarDays} is the plain calendar reading.
 *
 * @param defenseDate the day of the defense
 * @param lastDay the last day on which the application is accepted
 */
public record AccelerationDeadline(LocalDate defenseDate, LocalDate lastDay) {
    /** Refuses nulls and a last day before the defense. */
    public AccelerationDeadline {
        Arguments.nonNull("defenseDate", defenseDate, "lastDay", lastDay);
        if (lastDay.isBefore(defenseDate)) {
            throw new IllegalArgumentException("last day " + lastDay + " is before the defense " + defenseDate);
        }
    }

    /** A deadline of the given number of calendar days after the defense. */
    public static AccelerationDeadline calendarDays(LocalDate defenseDate, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days is negative: " + days);
        }
        return new AccelerationDeadline(defenseDate, defenseDate.plusDays(days));
    }

    /** Whether an application made on this day is within the window. */
    public boolean allows(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(defenseDate) && !day.isAfter(lastDay);
    }
}
