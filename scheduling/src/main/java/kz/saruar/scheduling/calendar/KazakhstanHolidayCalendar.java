package kz.saruar.scheduling.calendar;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;

/**
 * The built-in holiday calendar of the Republic of Kazakhstan (working days of APP-11, program
 * calendars of PRE-01/ACC-01), as data: one resource {@code kz/YEAR.json} per year (2022–2027)
 * listing every day off and decreed working day with its source and a provisional flag. An
 * operator or regional center supplies newer year files without a release
 * ({@link #withOverrides(Path)}, {@code --holidays DIR}); a supplied year replaces the built-in one.
 */
public final class KazakhstanHolidayCalendar implements HolidayCalendarProvider {
    /** The calendar ID of this provider. */
    public static final String ID = "KZ";

    private final Map<Integer, HolidayYearFile> files;
    private final String name;
    private final int priority;

    /** The built-in data; a broken resource is a packaging error. */
    public KazakhstanHolidayCalendar() {
        this(HolidayData.builtIn(), "Saruar built-in Kazakhstan calendar", 0);
    }

    private KazakhstanHolidayCalendar(Collection<HolidayYearFile> years, String name, int priority) {
        Map<Integer, HolidayYearFile> m = new TreeMap<>();
        years.forEach(f -> m.put(f.year(), f));
        this.files = ImmutableMap.copyOf(m);
        this.name = name;
        this.priority = priority;
    }

    /**
     * The built-in calendar with the year files of {@code fileOrDirectory} replacing or adding
     * years; refused (with every problem at its file and JSON path) when a file is unreadable,
     * breaks the law's constraints, or is not of calendar {@code KZ}. It outranks the built-in and
     * plugin calendars of {@code KZ} (priority {@value #OVERRIDE_PRIORITY}).
     */
    public static Outcome<KazakhstanHolidayCalendar> withOverrides(Path fileOrDirectory) {
        return HolidayData.readAll(fileOrDirectory).flatMap(list -> {
            for (HolidayYearFile f : list) {
                if (!f.calendarId().equals(ID)) {
                    return Outcome.refused(SchedulingReason.HOLIDAY_DATA_INVALID.reason("$.calendarId",
                            Figure.of("problem", "calendar " + f.calendarId() + " is not " + ID)));
                }
            }
            List<HolidayYearFile> all = new ArrayList<>(HolidayData.builtIn());
            all.addAll(list);
            return Outcome.accepted(new KazakhstanHolidayCalendar(all,
                    "Kazakhstan calendar with year files from " + fileOrDirectory, OVERRIDE_PRIORITY));
        });
    }

    /** The priority of a calendar with operator-supplied year files. */
    public static final int OVERRIDE_PRIORITY = 1000;

    @Override
    public String providerName() {
        return name;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public String calendarId() {
        return ID;
    }

    @Override
    public Set<Integer> coveredYears() {
        return ImmutableSortedSet.copyOf(files.keySet());
    }

    /** The year's data as read, with sources and flags, if covered. */
    public Optional<HolidayYearFile> yearFile(int year) {
        return Optional.ofNullable(files.get(year));
    }

    @Override
    public Optional<HolidayYear> year(int year) {
        return yearFile(year).map(f -> new HolidayYear(year, f.days().stream()
                .map(d -> new CalendarDay(d.date(), d.kind(), d.name(), d.source(), d.isProvisional())).toList()));
    }

    @Override
    public String toString() {
        return Objects.toString(name);
    }
}
