package kz.saruar.scheduling.calendar;

import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;

/**
 * Working days of one holiday calendar (APP-11 counts "working days"; PRE-01/ACC-01 sessions fall
 * on working days only): whether a day is a working day, adding N working days, counting them.
 *
 * <p>A year the provider has no data for is never guessed: the arithmetic refuses with code
 * {@link SchedulingReason#NO_HOLIDAY_DATA}, and {@link #isWorkingDay(LocalDate)} throws
 * {@link HolidayDataMissingException} (check {@link #covers(LocalDate)} first). Thread-safe.
 */
public final class WorkingCalendar {

    private final HolidayCalendarProvider provider;
    private final Set<DayOfWeek> weekend;
    private final Set<Integer> covered;
    private final Map<Integer, YearIndex> index = new ConcurrentHashMap<>();

    private WorkingCalendar(HolidayCalendarProvider provider) {
        this.provider = provider;
        this.weekend = ImmutableSet.copyOf(provider.weekend());
        this.covered = ImmutableSet.copyOf(provider.coveredYears());
    }

    /** The working days of this provider's calendar. */
    public static WorkingCalendar of(HolidayCalendarProvider provider) {
        return new WorkingCalendar(Objects.requireNonNull(provider, "provider"));
    }

    /** The built-in Kazakhstan calendar. */
    public static WorkingCalendar kazakhstan() {
        return Holder.KAZAKHSTAN;
    }

    private static final class Holder {
        static final WorkingCalendar KAZAKHSTAN = of(new KazakhstanHolidayCalendar());
    }

    /** The calendar ID, e.g. {@code KZ}. */
    public String calendarId() {
        return provider.calendarId();
    }

    /** The name of the provider behind this calendar. */
    public String providerName() {
        return provider.providerName();
    }

    /** The years with holiday data. */
    public Set<Integer> coveredYears() {
        return covered;
    }

    /** Whether the year of this day has holiday data. */
    public boolean covers(LocalDate day) {
        return covered.contains(Objects.requireNonNull(day, "day").getYear());
    }

    /**
     * A refusal if any year from {@code from} to {@code to} lacks holiday data, naming the
     * missing years and the covered ones; the given rules are the ones that needed working days.
     */
    public Optional<Reason> checkCovered(LocalDate from, LocalDate to, RuleId... rules) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate lo = from.isBefore(to) ? from : to;
        LocalDate hi = from.isBefore(to) ? to : from;
        for (int y = lo.getYear(); y <= hi.getYear(); y++) {
            if (!covered.contains(y)) {
                return Optional.of(noData(y, rules));
            }
        }
        return Optional.empty();
    }

    private Reason noData(int year, RuleId... rules) {
        String years = covered.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("-");
        String cal = provider.calendarId();
        return SchedulingReason.NO_HOLIDAY_DATA.citing(List.of(rules), "calendar:" + cal, Figure.of("calendar", cal),
                Figure.of("year", String.valueOf(year)), Figure.of("coveredYears", years));
    }

    /** The special day (holiday, moved or decreed day) at this date, if any. */
    public Optional<CalendarDay> specialDay(LocalDate day) {
        YearIndex y = yearIndex(day);
        return Optional.ofNullable(y.special.get(day));
    }

    /**
     * The provisional special days from {@code from} to {@code to} inclusive (e.g. Kurban Ait of a
     * future year): a result that depends on them may still change; years without data are skipped.
     */
    public List<CalendarDay> provisionalDays(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<CalendarDay> out = new java.util.ArrayList<>();
        LocalDate lo = from.isBefore(to) ? from : to;
        LocalDate hi = from.isBefore(to) ? to : from;
        for (int y = lo.getYear(); y <= hi.getYear(); y++) {
            if (covered.contains(y)) {
                yearIndex(LocalDate.of(y, 1, 1)).special().values().stream()
                        .filter(d -> d.provisional() && !d.date().isBefore(lo) && !d.date().isAfter(hi))
                        .sorted(java.util.Comparator.comparing(CalendarDay::date)).forEach(out::add);
            }
        }
        return out;
    }

    /** The year's special days, each with its source and provisional flag; refused for a year without data. */
    public Outcome<HolidayYear> holidayYear(int year, RuleId... rules) {
        if (!covered.contains(year)) {
            return Outcome.refused(noData(year, rules));
        }
        return provider.year(year).map(Outcome::accepted).orElseGet(() -> Outcome.refused(noData(year, rules)));
    }

    /** Whether the day is a working day; throws {@link HolidayDataMissingException} for a year without data. */
    public boolean isWorkingDay(LocalDate day) {
        return yearIndex(day).working.get(day.getDayOfYear());
    }

    private YearIndex yearIndex(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int year = day.getYear();
        if (!covered.contains(year)) {
            throw new HolidayDataMissingException(noData(year).message().get(Language.EN));
        }
        return index.computeIfAbsent(year, this::build);
    }

    private YearIndex build(int year) {
        HolidayYear data = provider.year(year).orElseThrow(() ->
                new HolidayDataMissingException("provider " + provider.providerName() + " lists " + year
                        + " as covered but returns no data for it"));
        Map<LocalDate, CalendarDay> special = new HashMap<>();
        for (CalendarDay d : data.days()) {
            special.put(d.date(), d);
        }
        BitSet working = new BitSet(367);
        LocalDate d = LocalDate.of(year, 1, 1);
        while (d.getYear() == year) {
            CalendarDay s = special.get(d);
            boolean isWorking = s != null ? !s.kind().isDayOff() : !weekend.contains(d.getDayOfWeek());
            working.set(d.getDayOfYear(), isWorking);
            d = d.plusDays(1);
        }
        return new YearIndex(Map.copyOf(special), working);
    }

    private record YearIndex(Map<LocalDate, CalendarDay> special, BitSet working) {
    }

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself not counted), or
     * before it for a negative {@code n}; {@code start} for 0. Refused for a year without data.
     */
    public Outcome<LocalDate> addWorkingDays(LocalDate start, int n, RuleId... rules) {
        Objects.requireNonNull(start, "start");
        if (!covers(start)) {
            return Outcome.refused(noData(start.getYear(), rules));
        }
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        LocalDate d = start;
        while (left > 0) {
            d = d.plusDays(step);
            if (!covers(d)) {
                return Outcome.refused(noData(d.getYear(), rules));
            }
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return Outcome.accepted(d);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; refused when
     * {@code to} is before {@code from} or a year lacks data.
     */
    public Outcome<Integer> countWorkingDays(LocalDate from, LocalDate to, RuleId... rules) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return Outcome.refused(SchedulingReason.DATES_OUT_OF_ORDER.citing(List.of(rules), "calendar:" + calendarId(),
                    Figure.of("from", from.toString()), Figure.of("to", to.toString())));
        }
        Optional<Reason> missing = checkCovered(from, to, rules);
        if (missing.isPresent()) {
            return Outcome.refused(missing.get());
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return Outcome.accepted(count);
    }

    /** The first working day on or after {@code day}; refused when no covered year has one. */
    public Outcome<LocalDate> workingDayOnOrAfter(LocalDate day, RuleId... rules) {
        Objects.requireNonNull(day, "day");
        LocalDate d = day;
        while (covers(d)) {
            if (isWorkingDay(d)) {
                return Outcome.accepted(d);
            }
            d = d.plusDays(1);
        }
        return Outcome.refused(noData(d.getYear(), rules));
    }
}
