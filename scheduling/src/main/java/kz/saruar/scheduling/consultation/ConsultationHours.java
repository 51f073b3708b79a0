package kz.saruar.scheduling.consultation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.saruar.model.Arguments;
import kz.saruar.model.methodology.DailyHours;

/**
 * The center's consultation hours (PRE-05 [default] 10:00–18:00 with a break 13:00–14:00, from
 * the methodology's {@code preAcceleration.consultations.hours}): no consultation starts before
 * {@code start}, ends after {@code end}, or overlaps a break, on any working day.
 *
 * @param start  the first moment of the day a consultation may take
 * @param end    the last moment of the day a consultation may take
 * @param breaks the breaks, inside the hours, not overlapping, in order
 */
public record ConsultationHours(LocalTime start, LocalTime end, List<Break> breaks) {
    /**
     * A break in the consultation hours (e.g. lunch).
     *
     * @param start the break's start
     * @param end   the break's end, after its start
     */
    public record Break(LocalTime start, LocalTime end) {
        /** Refuses nulls and an end not after the start. */
        public Break {
            Arguments.nonNull("start", start, "end", end);
            checkArgument(end.isAfter(start), "break end %s is not after its start %s", end, start);
        }

        @Override
        public String toString() {
            return start + "–" + end;
        }
    }

    /** Refuses nulls, an empty day, and breaks outside the hours or overlapping each other; sorts the breaks. */
    public ConsultationHours {
        Arguments.nonNull("start", start, "end", end);
        checkArgument(end.isAfter(start), "consultation hours end %s is not after their start %s", end, start);
        List<Break> sorted = new ArrayList<>(Objects.requireNonNull(breaks, "breaks"));
        sorted.sort(Comparator.comparing(Break::start));
        LocalTime last = start;
        for (Break b : sorted) {
            Objects.requireNonNull(b, "break");
            checkArgument(!b.start().isBefore(last) && !b.end().isAfter(end),
                    "break %s is outside the consultation hours %s–%s or overlaps another", b, start, end);
            last = b.end();
        }
        breaks = ImmutableList.copyOf(sorted);
    }

    /** The standard methodology's hours [default]: 10:00–18:00, break 13:00–14:00. */
    public static ConsultationHours standard() {
        return new ConsultationHours(LocalTime.of(10, 0), LocalTime.of(18, 0),
                List.of(new Break(LocalTime.of(13, 0), LocalTime.of(14, 0))));
    }

    /** The hours of a methodology's consultation section. */
    public static ConsultationHours from(DailyHours hours) {
        Objects.requireNonNull(hours, "hours");
        return new ConsultationHours(hours.startTime(), hours.endTime(),
                hours.breaks().stream().map(b -> new Break(b.startTime(), b.endTime())).toList());
    }

    /** The open periods of the day: the hours minus the breaks, in order. */
    public List<Break> openPeriods() {
        List<Break> open = new ArrayList<>();
        LocalTime from = start;
        for (Break b : breaks) {
            if (b.start().isAfter(from)) {
                open.add(new Break(from, b.start()));
            }
            from = b.end();
        }
        if (end.isAfter(from)) {
            open.add(new Break(from, end));
        }
        return List.copyOf(open);
    }

    /** Whether the slot lies on one day inside one open period (in {@code zone}). */
    public boolean contains(TimeSlot slot, ZoneId zone) {
        Objects.requireNonNull(slot, "slot");
        ZonedDateTime s = slot.start().atZone(Objects.requireNonNull(zone, "zone"));
        ZonedDateTime e = slot.end().atZone(zone);
        if (!s.toLocalDate().equals(e.toLocalDate()) && !(e.toLocalTime().equals(LocalTime.MIDNIGHT)
                && e.toLocalDate().equals(s.toLocalDate().plusDays(1)))) {
            return false;
        }
        LocalTime from = s.toLocalTime();
        LocalTime to = e.toLocalDate().equals(s.toLocalDate()) ? e.toLocalTime() : LocalTime.MAX;
        return openPeriods().stream().anyMatch(p -> !from.isBefore(p.start()) && !to.isAfter(p.end()));
    }

    @Override
    public String toString() {
        return start + "–" + end + (breaks.isEmpty() ? ""
                : breaks.stream().map(Break::toString).collect(Collectors.joining(", ", ", breaks ", "")));
    }
}
