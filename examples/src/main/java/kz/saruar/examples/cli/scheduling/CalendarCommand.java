package kz.saruar.examples.cli.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.Outcome;
import kz.saruar.scheduling.calendar.HolidayCalendars;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.deadline.DateDeadline;
import kz.saruar.scheduling.ical.ICalendarWriter;
import kz.saruar.scheduling.program.ProgramCalendar;
import kz.saruar.scheduling.program.ProgramCalendarGenerator;
import kz.saruar.scheduling.program.ProgramSession;
import kz.saruar.scheduling.program.ProgramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saruar calendar COHORT.json [--ics FILE]}: a cohort's program calendar — kickoffs,
 * courses, defense, DEF-11 deadline, modules, coaching, demo day (PRE-01/02, DEF-11, ACC-01..04).
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Generate a cohort's program calendar (PRE-01/02, DEF-11, ACC-01..04); optionally write it as iCalendar.")
public final class CalendarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COHORT.json",
            description = "{\"cohort\": \"almaty-2026\", \"preAccelerationStart\": \"2026-03-02\", optional \"preAccelerationMonths\", "
                    + "\"calendar\", \"workingHours\": {\"start\": \"10:00\", \"end\": \"18:00\"}}")
    Path cohortFile;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the calendar as RFC 5545 iCalendar to FILE.")
    Path icsFile;

    @Option(names = "--lang", description = "Language: ${COMPLETION-CANDIDATES} (default: ru).")
    Lang lang = Lang.ru;

    @Mixin
    MethodologyOption methodologyOption = new MethodologyOption();

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = lang.language();
        kz.saruar.model.decision.Outcome<Methodology> m = methodologyOption.resolve();
        if (!(m instanceof kz.saruar.model.decision.Outcome.Accepted<Methodology> valid)) {
            err.println("the methodology file is invalid: " + m);
            return ExitCodes.UNREADABLE;
        }
        Methodology methodology = valid.result();
        String cohort;
        LocalDate start;
        int months;
        String calendarId;
        ProgramSettings settings = ProgramSettings.standard();
        try {
            JsonNode root = Inputs.read(cohortFile);
            cohort = Inputs.text(root, "$", "cohort");
            start = Inputs.date(root, "$", "preAccelerationStart");
            JsonNode monthsNode = root.get("preAccelerationMonths");
            if (monthsNode != null && !monthsNode.canConvertToInt()) {
                throw new InputException("$.preAccelerationMonths is not a whole number: " + monthsNode);
            }
            months = monthsNode == null ? methodology.preAcceleration().durationMonths() : monthsNode.asInt();
            calendarId = root.has("calendar") ? Inputs.text(root, "$", "calendar") : "KZ";
            if (root.has("workingHours")) {
                JsonNode wh = root.get("workingHours");
                LocalTime from = Inputs.time(wh, "$.workingHours", "start");
                LocalTime to = Inputs.time(wh, "$.workingHours", "end");
                if (!to.isAfter(from)) {
                    throw new InputException("$.workingHours end " + to + " is not after start " + from);
                }
                settings = settings.withWorkingHours(from, to);
            }
        } catch (InputException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        WorkingCalendar calendar = HolidayCalendars.discover().calendar(calendarId).orElse(null);
        if (calendar == null) {
            err.println("unknown calendar \"" + calendarId + "\"");
            return ExitCodes.UNREADABLE;
        }
        Outcome<ProgramCalendar> result = new ProgramCalendarGenerator(methodology, calendar, settings)
                .generate(cohort, start, months);
        if (!result.isAccepted()) {
            err.println("refused:");
            Inputs.printRefusals(err, result.refusals(), language);
            return ExitCodes.REFUSED;
        }
        ProgramCalendar pc = result.orElseThrow();
        out.println(pc.cohortId() + " (" + settings.zone() + ")");
        for (ProgramSession s : pc.sessions()) {
            out.println(s.start().toLocalDate() + " " + s.start().toLocalTime() + "-" + s.end().toLocalTime() + "  ["
                    + s.rule() + "] " + s.title().get(language));
        }
        for (DateDeadline d : pc.deadlines()) {
            out.println(d.due() + "  [" + d.rule() + "] " + d.description().get(language));
        }
        if (icsFile != null) {
            Outcome<String> ics = new ICalendarWriter(clock).write(pc.toEvents(language));
            if (!ics.isAccepted()) {
                err.println("refused:");
                Inputs.printRefusals(err, ics.refusals(), language);
                return ExitCodes.REFUSED;
            }
            try {
                Files.writeString(icsFile, ics.orElseThrow(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cannot write " + icsFile + ": " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
            out.println("iCalendar: " + icsFile + " (" + pc.sessions().size() + " events)");
        }
        return ExitCodes.OK;
    }
}
