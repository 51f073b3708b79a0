package kz.saruar.scheduling.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.DayKind;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;

/**
 * The built-in holiday calendar of the Republic of Kazakhstan (working days of APP-11, program
 * calendars of PRE-01/ACC-01): the statutory holidays in force since 2022, the weekend moves of
 * the Labour Code (7 January and Kurban Ait never move), and per year, as data in
 * {@code kazakhstan-holidays.json}, the date of Kurban Ait and the decreed transfers.
 */
public final class KazakhstanHolidayCalendar implements HolidayCalendarProvider {
    /** The calendar ID of this provider. */
    public static final String ID = "KZ";
    private static final String RESOURCE = "kazakhstan-holidays.json";
    private static final String LAW = "Law 'On holidays in the Republic of Kazakhstan' No. 267; Labour Code Art. 85";

    private final Map<Integer, HolidayYear> years;

    /** Reads the bundled data; a broken resource is a packaging error. */
    public KazakhstanHolidayCalendar() {
        this.years = load();
    }

    @Override
    public String providerName() {
        return "Saruar built-in Kazakhstan calendar";
    }

    @Override
    public String calendarId() {
        return ID;
    }

    @Override
    public Set<Integer> coveredYears() {
        return ImmutableSortedSet.copyOf(years.keySet());
    }

    @Override
    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    private record Statutory(int month, int day, String name, boolean moves) {
    }

    private static Map<Integer, HolidayYear> load() {
        JsonNode root;
        try (InputStream in = KazakhstanHolidayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SaruarException("missing resource " + RESOURCE);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<Statutory> statutory = new ArrayList<>();
        for (JsonNode h : root.path("statutoryHolidays")) {
            statutory.add(new Statutory(h.path("month").asInt(), h.path("day").asInt(),
                    h.path("name").asText(), h.path("moves").asBoolean()));
        }
        String kurbanName = root.path("kurbanAitName").asText();
        Map<Integer, HolidayYear> out = new HashMap<>();
        for (JsonNode y : root.path("years")) {
            int year = y.path("year").asInt();
            out.put(year, buildYear(year, statutory, kurbanName, y));
        }
        return ImmutableMap.copyOf(out);
    }

    private static HolidayYear buildYear(int year, List<Statutory> statutory, String kurbanName, JsonNode data) {
        TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
        List<LocalDate> movable = new ArrayList<>();
        for (Statutory s : statutory) {
            LocalDate d = LocalDate.of(year, s.month(), s.day());
            days.put(d, new CalendarDay(d, DayKind.PUBLIC_HOLIDAY, s.name(), LAW));
            if (s.moves()) {
                movable.add(d);
            }
        }
        LocalDate kurban = LocalDate.parse(data.path("kurbanAit").asText());
        if (kurban.getYear() != year) {
            throw new SaruarException("Kurban Ait " + kurban + " is not in year " + year + " in " + RESOURCE);
        }
        // Kurban Ait is religious: it never moves, even on a weekend (Labour Code Art. 85).
        days.put(kurban, new CalendarDay(kurban, DayKind.PUBLIC_HOLIDAY, kurbanName,
                data.path("kurbanAitSource").asText()));
        for (JsonNode t : data.path("transfers")) {
            LocalDate working = LocalDate.parse(t.path("workingDay").asText());
            LocalDate off = LocalDate.parse(t.path("dayOff").asText());
            String act = t.path("act").asText();
            days.put(working, new CalendarDay(working, DayKind.DECREED_WORKING_DAY, "Transfer to " + off, act));
            days.put(off, new CalendarDay(off, DayKind.DECREED_DAY_OFF, "Transfer from " + working, act));
        }
        // A non-religious holiday on a weekend gives the next working day off, in date order.
        movable.sort(null);
        for (LocalDate h : movable) {
            if (!isWeekend(h)) {
                continue;
            }
            LocalDate d = h.plusDays(1);
            while (isWeekend(d) || days.containsKey(d)) {
                d = d.plusDays(1);
            }
            if (d.getYear() == year) {
                days.put(d, new CalendarDay(d, DayKind.MOVED_DAY_OFF, "Day off for " + h, LAW));
            }
        }
        return new HolidayYear(year, new ArrayList<>(days.values()));
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
