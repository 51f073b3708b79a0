package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
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
public record DailyHours(String start, String end, List<BreakTime> breaks) implements TimeSpan {
    /**
     * A break in the consultation hours, e.g. lunch (PRE-05 [default]).
     *
     * @param start the break's start, {@code HH:MM}
     * @param end   the break's end, {@code HH:MM}, after its start
     */
    public record BreakTime(String start, String end) implements TimeSpan {
        /** Refuses nulls; the validator checks the times (PRE-05) with their JSON paths. */
        public BreakTime {
            Arguments.nonNull("start", start, "end", end);
        }
    }

    /**
     * Refuses nulls; copies the breaks. The times are checked by the methodology's validation
     * (PRE-05), which names the field of a time that is not {@code HH:MM} or an end not after its
     * start, so a loaded methodology's hours always parse.
     */
    public DailyHours {
        Arguments.nonNull("start", start, "end", end);
        breaks = ImmutableList.copyOf(Objects.requireNonNull(breaks, "breaks"));
    }

    /** The time of day {@code HH:MM}, if {@code t} is one. */
    static Optional<LocalTime> time(String t) {
        if (!t.matches("\\d\\d:\\d\\d")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
