package kz.saruar.scheduling.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The holiday calendars available to the library (APP-11 working days), from a {@link Plugins}
 * (found with {@link java.util.ServiceLoader} and/or handed in code), with the built-in Kazakhstan calendar as default.
 *
 * <p>Per calendar ID the provider with the highest {@link HolidayCalendarProvider#priority()}
 * wins; two with the same ID and priority are refused naming both. The built-in {@code KZ}
 * calendar is used only when no provider supplies {@code KZ}. A provider that fails to load or
 * answer is reported in {@link #problems()} and skipped; the others still load.
 */
public final class HolidayCalendars {
    private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendars.class);

    private final Map<String, WorkingCalendar> calendars;
    private final List<String> problems;

    private HolidayCalendars(Map<String, WorkingCalendar> calendars, List<String> problems) {
        this.calendars = ImmutableMap.copyOf(calendars);
        this.problems = ImmutableList.copyOf(problems);
    }

    /** The built-in calendar plus every provider on the class path of this class's loader. */
    public static HolidayCalendars discover() {
        return builder().discover(HolidayCalendars.class.getClassLoader()).build();
    }

    /** A builder to which providers are handed in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** The calendar with this ID. */
    public Optional<WorkingCalendar> calendar(String calendarId) {
        return Optional.ofNullable(calendars.get(Objects.requireNonNull(calendarId, "calendarId")));
    }

    /** The Kazakhstan calendar ({@code KZ}): a plugin's if one supplies it, else the built-in. */
    public WorkingCalendar kazakhstan() {
        return calendars.get(KazakhstanHolidayCalendar.ID);
    }

    /** The IDs of the available calendars. */
    public Set<String> calendarIds() {
        return calendars.keySet();
    }

    /** Providers that were skipped, each with the reason. */
    public List<String> problems() {
        return problems;
    }

    /** The built-in calendar plus the holiday calendar providers of a center's {@link Plugins}. */
    public static HolidayCalendars of(Plugins plugins) {
        return builder().plugins(plugins).build();
    }

    /** Collects providers through one {@link Plugins}; {@link #build()} chooses one per calendar ID. */
    public static final class Builder {
        private Plugins base = Plugins.none();
        private final List<HolidayCalendarProvider> added = new ArrayList<>();

        private Builder() {
        }

        /** Adds a provider handed in code. */
        public Builder add(HolidayCalendarProvider provider) {
            added.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Takes the providers of these plugins (handed in and, if they discover, discovered) besides those added here. */
        public Builder plugins(Plugins plugins) {
            base = Objects.requireNonNull(plugins, "plugins");
            return this;
        }

        /** Adds every provider that {@link java.util.ServiceLoader} finds with this class loader; broken ones are reported. */
        public Builder discover(ClassLoader loader) {
            base = base.toBuilder().withDiscovery().classLoader(Objects.requireNonNull(loader, "loader")).build();
            return this;
        }

        private static void report(List<String> problems, String problem) {
            LOG.warn("{}; skipped", problem);
            problems.add(problem);
        }

        /** Chooses one provider per calendar ID; adds the built-in {@code KZ} if none supplies it. */
        public HolidayCalendars build() {
            // each build reports its own problems: building twice does not repeat them
            List<String> problems = new ArrayList<>();
            // an unchanged Plugins instance keeps the providers it already discovered
            Plugins all = added.isEmpty() ? base : base.toBuilder().add(HolidayCalendarProvider.class, added).build();
            all.warnings(HolidayCalendarProvider.class).forEach(w -> report(problems, w.message()));
            List<HolidayCalendarProvider> providers = all.holidays();
            List<HolidayCalendarProvider> usable = new ArrayList<>();
            Map<HolidayCalendarProvider, String> ids = new LinkedHashMap<>();
            for (HolidayCalendarProvider p : providers) {
                try {
                    String id = Objects.requireNonNull(p.calendarId(), "calendarId");
                    if (id.isBlank()) {
                        report(problems, "provider " + p.providerName() + " has a blank calendar ID");
                        continue;
                    }
                    Objects.requireNonNull(p.coveredYears(), "coveredYears");
                    ids.put(p, id);
                    usable.add(p);
                } catch (RuntimeException e) {
                    report(problems, "provider " + p.getClass().getName() + " failed: " + e);
                }
            }
            // usable keeps the one order of Plugins: priority (higher first), then name; never classpath order
            Map<String, HolidayCalendarProvider> chosen = new LinkedHashMap<>();
            for (HolidayCalendarProvider p : usable) {
                String id = ids.get(p);
                HolidayCalendarProvider first = chosen.get(id);
                if (first == null) {
                    chosen.put(id, p);
                } else if (first.priority() == p.priority()) {
                    throw new SaruarException("two holiday calendar providers supply calendar \"" + id
                            + "\" with the same priority " + p.priority() + ": \"" + first.providerName()
                            + "\" and \"" + p.providerName() + "\"; give one a higher priority()");
                }
            }
            Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
            chosen.forEach((id, p) -> calendars.put(id, WorkingCalendar.of(p)));
            if (!calendars.containsKey(KazakhstanHolidayCalendar.ID)) {
                calendars.put(KazakhstanHolidayCalendar.ID, WorkingCalendar.kazakhstan());
            } else {
                LOG.info("calendar KZ supplied by {}; the built-in one is not used", chosen.get(KazakhstanHolidayCalendar.ID).providerName());
            }
            return new HolidayCalendars(calendars, problems);
        }
    }
}
