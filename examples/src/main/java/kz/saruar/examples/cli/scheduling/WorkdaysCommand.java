package kz.saruar.examples.cli.scheduling;

import static kz.saruar.model.Rules.APP_11;

import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.CommandGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Language;
import kz.saruar.spi.calendar.DayKind;
import java.time.format.TextStyle;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.HolidayYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code saruar workdays add DATE N | count FROM TO | holidays YEAR}: working days on a holiday calendar (APP-11). */
@Command(name = "workdays", description = "Working-day arithmetic on the Kazakhstan (or a plugin's) holiday calendar (APP-11).",
        subcommands = {WorkdaysCommand.Add.class, WorkdaysCommand.Count.class, WorkdaysCommand.Holidays.class},
        mixinStandardHelpOptions = true)
public final class WorkdaysCommand extends CommandGroup {
    @Option(names = "--calendar", paramLabel = "ID", scope = ScopeType.INHERIT, description = "Holiday calendar ID (default: KZ).")
    String calendarId = "KZ";

    @Option(names = "--holidays", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A directory (or file) of newer holiday year files (YEAR.json) that override the built-in ones.")
    Path holidays;

    /** Runs a question on the chosen calendar and prints the outcome; provisional days in range are shown. */
    <T> int on(Console console, Function<WorkingCalendar, Outcome<T>> question, Function<T, JsonNode> jsonValue,
            Function<WorkingCalendar, List<CalendarDay>> provisional) {
        Outcome<WorkingCalendar> cal = Decisions.calendar(holidays, calendarId, "--calendar");
        if (cal.refused()) {
            int code = Decisions.refuse(cal.reasons(), console);
            return cal.reasons().stream().anyMatch(r -> r.code().equals("UNKNOWN_CALENDAR")) ? ExitCodes.UNREADABLE : code;
        }
        WorkingCalendar c = cal.orElseThrow();
        Outcome<T> o = question.apply(c);
        if (o.refused()) {
            return Decisions.refuse(o.reasons(), console);
        }
        List<CalendarDay> prov = provisional.apply(c);
        return console.print(o, v -> {
            JsonNode n = jsonValue.apply(v);
            if (!prov.isEmpty() && n instanceof ObjectNode obj) {
                ArrayNode a = obj.putArray("provisionalDays");
                prov.forEach(d -> a.add(d.date().toString()));
            }
            return n;
        }, v -> {
            console.out().println(text(v, console.language()));
            prov.forEach(d -> console.line(CliText.PROVISIONAL, d.date(), d.name(), d.source()));
            return console.done(ExitCodes.OK);
        });
    }

    private static String text(Object v, Language language) {
        if (v instanceof HolidayYear y) {
            StringBuilder b = new StringBuilder();
            for (CalendarDay d : y.days()) {
                b.append(d.date()).append(' ').append(d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, language.locale()))
                        .append(' ').append(kind(d.kind()).get(language))
                        .append(d.provisional() ? " " + CliText.PROVISIONAL_MARK.get(language) : "").append("  ")
                        .append(d.name()).append("  [").append(d.source()).append("]\n");
            }
            return b.toString().stripTrailing();
        }
        return String.valueOf(v);
    }

    private static CliText kind(DayKind k) {
        return switch (k) {
            case PUBLIC_HOLIDAY -> CliText.DAY_PUBLIC_HOLIDAY;
            case MOVED_DAY_OFF -> CliText.DAY_MOVED_DAY_OFF;
            case DECREED_DAY_OFF -> CliText.DAY_DECREED_DAY_OFF;
            case DECREED_WORKING_DAY -> CliText.DAY_DECREED_WORKING_DAY;
        };
    }

    private static ObjectNode single(String name, String value) {
        return JsonNodeFactory.instance.objectNode().put(name, value);
    }

    /** A question on the calendar {@code workdays} chose (APP-11). */
    abstract static class Question extends CliCommand {
        @ParentCommand
        WorkdaysCommand parent;
    }

    /** {@code workdays add DATE N}: the N-th working day after DATE (before it for negative N). */
    @Command(name = "add", description = "The N-th working day after DATE (before it for a negative N).")
    static final class Add extends Question {
        @Parameters(index = "0", paramLabel = "DATE", description = "A date like 2026-03-20.")
        LocalDate date;

        @Parameters(index = "1", paramLabel = "N", description = "Number of working days.")
        int n;

        @Override
        protected int run(Console console) {
            return parent.on(console, c -> c.addWorkingDays(date, n, APP_11), d -> single("date", d.toString()),
                    c -> c.addWorkingDays(date, n, APP_11).value().map(d -> c.provisionalDays(date, d)).orElse(List.of()));
        }
    }

    /** {@code workdays count FROM TO}: working days after FROM up to and including TO. */
    @Command(name = "count", description = "Working days after FROM up to and including TO.")
    static final class Count extends Question {
        @Parameters(index = "0", paramLabel = "FROM", description = "A date like 2026-03-20.")
        LocalDate from;

        @Parameters(index = "1", paramLabel = "TO", description = "A date like 2026-04-01.")
        LocalDate to;

        @Override
        protected int run(Console console) {
            return parent.on(console, c -> c.countWorkingDays(from, to, APP_11),
                    n -> JsonNodeFactory.instance.objectNode().put("workingDays", n), c -> c.provisionalDays(from, to));
        }
    }

    /** {@code workdays holidays YEAR}: the year's days off and decreed working days, each with its source. */
    @Command(name = "holidays", description = "The year's days off and decreed working days with their sources (law, decree).")
    static final class Holidays extends Question {
        @Parameters(index = "0", paramLabel = "YEAR", description = "A year like 2026.")
        int year;

        @Override
        protected int run(Console console) {
            return parent.on(console, c -> c.holidayYear(year, APP_11), Holidays::json, c -> List.of());
        }

        private static JsonNode json(HolidayYear y) {
            ObjectNode n = JsonNodeFactory.instance.objectNode().put("year", y.year());
            ArrayNode days = n.putArray("days");
            for (CalendarDay d : y.days()) {
                days.addObject().put("date", d.date().toString()).put("kind", d.kind().name())
                        .put("dayOff", d.kind().isDayOff()).put("name", d.name()).put("source", d.source())
                        .put("provisional", d.provisional());
            }
            return n;
        }
    }
}
