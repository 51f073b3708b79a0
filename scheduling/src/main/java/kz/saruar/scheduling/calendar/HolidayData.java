package kz.saruar.scheduling.calendar;

import kz.saruar.model.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.spi.calendar.DayKind;

/**
 * Reads and checks holiday year files (APP-11): strict JSON, then the law's constraints — every
 * day in its year and listed once, a decreed working day on a weekend and a day off on a weekday,
 * a moved day off naming a non-religious holiday on a weekend of the file, and religious holidays
 * (7 January, Kurban Ait) never moved (Labour Code Art. 85), transfers in pairs.
 */
public final class HolidayData {
    private static final JsonReader READER = JsonReader.forRule(Rules.APP_11);
    /** The built-in years of the Kazakhstan calendar. */
    static final List<Integer> BUILT_IN_YEARS = List.of(2022, 2023, 2024, 2025, 2026, 2027);

    private HolidayData() {
    }

    /** Reads one year file's JSON text and checks it. */
    public static Outcome<HolidayYearFile> read(String json) {
        return READER.read(json, HolidayYearFile.class).flatMap(f -> check(f, "$"));
    }

    /** Reads a year file, or every {@code *.json} file of a directory (sorted by name), and checks each. */
    public static Outcome<List<HolidayYearFile>> readAll(Path fileOrDirectory) {
        Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> s = Files.list(fileOrDirectory)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (IOException e) {
                return Outcome.refused(SchedulingReason.HOLIDAY_DATA_INVALID.reason(fileOrDirectory.toString(),
                        Figure.of("problem", "the directory cannot be listed")));
            }
        } else {
            files.add(fileOrDirectory);
        }
        List<HolidayYearFile> out = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Map<Integer, Path> seen = new HashMap<>();
        for (Path p : files) {
            Outcome<HolidayYearFile> o = READER.read(p, HolidayYearFile.class).flatMap(f -> check(f, p.getFileName() + ":$"));
            o.ifAccepted(f -> {
                Path other = seen.put(f.year(), p);
                if (other != null) {
                    reasons.add(invalid(p.getFileName() + ":$.year", "year " + f.year() + " is also in " + other.getFileName()));
                } else {
                    out.add(f);
                }
            });
            reasons.addAll(o.reasons().stream().map(r -> r.subject().startsWith(p.getFileName().toString()) ? r
                    : new Reason(r.code(), r.rules(), p.getFileName() + ":" + r.subject(), r.figures(), r.message())).toList());
        }
        if (files.isEmpty()) {
            reasons.add(invalid(fileOrDirectory.toString(), "no .json year file found"));
        }
        return Outcome.of(List.copyOf(out), reasons);
    }

    /** The built-in year files of the Kazakhstan calendar; a broken resource is a packaging error. */
    static List<HolidayYearFile> builtIn() {
        List<HolidayYearFile> out = new ArrayList<>();
        for (int year : BUILT_IN_YEARS) {
            String name = "kz/" + year + ".json";
            try (InputStream in = HolidayData.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                out.add(read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return out;
    }

    /** The law's constraints on one year file; refusals at {@code root}'s JSON paths. */
    public static Outcome<HolidayYearFile> check(HolidayYearFile f, String root) {
        List<Reason> reasons = new ArrayList<>();
        Map<LocalDate, HolidayYearFile.Day> byDate = new HashMap<>();
        for (int i = 0; i < f.days().size(); i++) {
            HolidayYearFile.Day d = f.days().get(i);
            String path = root + ".days[" + i + "]";
            if (d.date().getYear() != f.year()) {
                reasons.add(invalid(path + ".date", d.date() + " is not in year " + f.year()));
            }
            if (byDate.put(d.date(), d) != null) {
                reasons.add(invalid(path + ".date", d.date() + " is listed twice"));
            }
            if (d.source().isBlank()) {
                reasons.add(invalid(path + ".source", "every day names its source (law, decree or order)"));
            }
            boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.kind() == DayKind.DECREED_WORKING_DAY && !weekend) {
                reasons.add(invalid(path + ".kind", "a decreed working day must be a weekend day: " + d.date()));
            }
            if ((d.kind() == DayKind.MOVED_DAY_OFF || d.kind() == DayKind.DECREED_DAY_OFF) && weekend) {
                reasons.add(invalid(path + ".kind", "a moved or decreed day off must be a weekday: " + d.date()));
            }
        }
        for (int i = 0; i < f.days().size(); i++) {
            HolidayYearFile.Day d = f.days().get(i);
            String path = root + ".days[" + i + "]";
            if (d.kind() == DayKind.MOVED_DAY_OFF) {
                HolidayYearFile.Day h = d.movedFrom().map(byDate::get).orElse(null);
                if (h == null || h.kind() != DayKind.PUBLIC_HOLIDAY) {
                    reasons.add(invalid(path + ".movedFrom", "a moved day off names a holiday of the file"));
                } else if (h.isReligious()) {
                    reasons.add(invalid(path + ".movedFrom", "religious holidays are not moved (Labour Code Art. 85): "
                            + h.date()));
                } else if (h.date().getDayOfWeek().getValue() < 6) {
                    reasons.add(invalid(path + ".movedFrom", "only a holiday on a weekend is moved: " + h.date()));
                }
            }
            if (d.kind() == DayKind.DECREED_DAY_OFF && d.transferFrom().map(byDate::get)
                    .filter(w -> w.kind() == DayKind.DECREED_WORKING_DAY).isEmpty()) {
                reasons.add(invalid(path + ".transferFrom", "a decreed day off names the decreed working day of its transfer"));
            }
            if (d.kind() == DayKind.DECREED_WORKING_DAY && d.transferTo().map(byDate::get)
                    .filter(o -> o.kind() == DayKind.DECREED_DAY_OFF).isEmpty()) {
                reasons.add(invalid(path + ".transferTo", "a decreed working day names the decreed day off of its transfer"));
            }
        }
        reasons.sort(Reason.BY_SUBJECT);
        return Outcome.of(f, reasons);
    }

    private static Reason invalid(String subject, String problem) {
        return SchedulingReason.HOLIDAY_DATA_INVALID.reason(subject, Figure.of("problem", problem));
    }
}
