package kz.saruar.scheduling.consultation;

import java.time.Duration;
import java.time.Instant;
import kz.saruar.model.Arguments;

/**
 * A half-open interval of time {@code [start, end)}: an expert's published availability or a
 * consultation's time (PRE-05, PRE-06).
 *
 * @param start the first instant
 * @param end   the first instant after the interval
 */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {
    /** Refuses an end not after the start. */
    public TimeSlot {
        Arguments.nonNull("start", start, "end", end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("time slot ends " + end + " not after its start " + start);
        }
    }

    /** The slot of this length from {@code start}. */
    public static TimeSlot of(Instant start, Duration length) {
        return new TimeSlot(start, start.plus(length));
    }

    /** Whether the two intervals share an instant. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether {@code other} lies inside this interval. */
    public boolean contains(TimeSlot other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The length. */
    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(TimeSlot o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
