package kz.saruar.examples.cli.scheduling;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.input.CohortCalendarFile;
import kz.saruar.scheduling.input.SchedulingInputs;
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

    @Option(names = "--holidays", paramLabel = "DIR",
            description = "A directory (or file) of newer holiday year files (YEAR.json) that override the built-in ones.")
    Path holidays;

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
        Outcome<CohortCalendarFile> read = SchedulingInputs.readCohort(cohortFile);
        if (read.refused()) {
            return Decisions.refuse(read.reasons(), false, language, out, err);
        }
        CohortCalendarFile file = read.orElseThrow();
        String calendarId = file.calendar().orElse("KZ");
        ProgramSettings settings = SchedulingInputs.settings(file);
        Outcome<WorkingCalendar> cal = Decisions.calendars(holidays).flatMap(c -> c.calendar(calendarId)
                .map(Outcome::accepted).orElseGet(() -> Outcome.refused(SchedulingReason.UNKNOWN_CALENDAR.reason(
                        "$.calendar", Figure.of("calendar", calendarId), Figure.of("known", c.calendarIds().toString())))));
        if (cal.refused()) {
            Decisions.refuse(cal.reasons(), false, language, out, err);
            return ExitCodes.UNREADABLE;
        }
        Outcome<ProgramCalendar> result = new ProgramCalendarGenerator(methodology, cal.orElseThrow(), settings)
                .generate(file.cohort(), file.preAccelerationStart(),
                        file.preAccelerationMonths().orElse(methodology.preAcceleration().durationMonths()));
        if (result.refused()) {
            return Decisions.refuse(result.reasons(), false, language, out, err);
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
            if (ics.refused()) {
                return Decisions.refuse(ics.reasons(), false, language, out, err);
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
