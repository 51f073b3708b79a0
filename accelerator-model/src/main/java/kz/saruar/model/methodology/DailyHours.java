package kz.saruar.model.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;

/**
 * The center's consultation hours on a working day, with breaks (PRE-05 [default]: 10:00–18:00,
 * break 13:00–14:00): no consultation is placed outside them. Times are {@code HH:MM} in the
 * Kazakhstan zone.
 *
 * @param start  the first moment a consultation may take, e.g. {@code "10:00"}
 * @param end    the last moment a consultation may take, after {@code start}
 * @param breaks the breaks inside the hours
 */
@Cites("PRE-05")
public record DailyHours(String start, String end, List<BreakTime> breaks) {
    /**
     * A break in the consultation hours, e.g. lunch (PRE-05 [default]).
     *
     * @param start the break's start, {@code HH:MM}
     * @param end   the break's end, {@code HH:MM}, after its start
     */
    public record BreakTime(String start, String end) {
        /** Refuses times that are not {@code HH:MM} and an end not after the start. */
        public BreakTime {
            if (!time(end, "break end").isAfter(time(start, "break start"))) {
                throw new IllegalArgumentException("consultation break " + start + "–" + end + " does not end after it starts");
            }
        }

        /** The start as a time of day. */
        @JsonIgnore
        public LocalTime startTime() {
            return LocalTime.parse(start);
        }

        /** The end as a time of day. */
        @JsonIgnore
        public LocalTime endTime() {
            return LocalTime.parse(end);
        }
    }

    /** Refuses times that are not {@code HH:MM} and an end not after the start; copies the breaks. */
    public DailyHours {
        if (!time(end, "end").isAfter(time(start, "start"))) {
            throw new IllegalArgumentException("consultation hours " + start + "–" + end + " do not end after they start");
        }
        breaks = ImmutableList.copyOf(Objects.requireNonNull(breaks, "breaks"));
    }

    /** The start as a time of day. */
    @JsonIgnore
    public LocalTime startTime() {
        return LocalTime.parse(start);
    }

    /** The end as a time of day. */
    @JsonIgnore
    public LocalTime endTime() {
        return LocalTime.parse(end);
    }

    private static LocalTime time(String t, String what) {
        Objects.requireNonNull(t, what);
        try {
            if (!t.matches("\\d\\d:\\d\\d")) {
                throw new DateTimeParseException("not HH:MM", t, 0);
            }
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("consultation hours " + what + " is not a time HH:MM: " + t, e);
        }
    }
}
