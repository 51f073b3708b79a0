package kz.saruar.examples.cli.scheduling;

import kz.saruar.examples.cli.CliCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.model.Rules;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.decision.Outcome;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar calendar COHORT.json [--ics FILE]}: a cohort's program calendar — kickoffs,
 * courses, defense, DEF-11 deadline, modules, coaching, demo day (PRE-01/02, DEF-11, ACC-01..04).
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Generate a cohort's program calendar (PRE-01/02, DEF-11, ACC-01..04); optionally write it as iCalendar.")
public final class CalendarCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "COHORT.json",
            description = "{\"cohort\": \"almaty-2026\", \"preAccelerationStart\": \"2026-03-02\", optional \"preAccelerationMonths\", "
                    + "\"calendar\", \"workingHours\": {\"start\": \"10:00\", \"end\": \"18:00\"}}")
    Path cohortFile;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the calendar as RFC 5545 iCalendar to FILE.")
    Path icsFile;

    @Mixin
    HolidaysOption holidays = new HolidaysOption();

    @Mixin
    MethodologyOption methodologyOption = new MethodologyOption();

    Clock clock = Clock.systemUTC();

    @Override
    protected int run(Console c) {
        return methodologyOption.then(c, m -> generate(m, c));
    }

    private int generate(Methodology methodology, Console c) {
        PrintWriter out = c.out();
        Language language = c.language();
        Outcome<CohortCalendarFile> read = SchedulingInputs.readCohort(cohortFile);
        if (read.refused()) {
            return Decisions.refuse(read.reasons(), c);
        }
        CohortCalendarFile file = read.orElseThrow();
        String calendarId = file.calendar().orElse("KZ");
        ProgramSettings settings = SchedulingInputs.settings(file);
        Outcome<WorkingCalendar> cal = holidays.calendar(calendarId, "$.calendar");
        if (cal.refused()) {
            Decisions.refuse(cal.reasons(), c);
            return ExitCodes.UNREADABLE;
        }
        Outcome<ProgramCalendar> result = new ProgramCalendarGenerator(methodology, cal.orElseThrow(), settings)
                .generate(file.cohort(), file.preAccelerationStart(),
                        file.preAccelerationMonths().orElse(methodology.preAcceleration().durationMonths()));
        if (result.refused()) {
            return Decisions.refuse(result.reasons(), c);
        }
        ProgramCalendar pc = result.orElseThrow();
        String ics = null;
        if (icsFile != null) {
            Outcome<String> written = new ICalendarWriter(clock).write(pc.toEvents(language));
            if (written.refused()) {
                return Decisions.refuse(written.reasons(), c);
            }
            try {
                Files.writeString(icsFile, written.orElseThrow(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return c.refuse(InputFiles.cannotWrite("--ics", icsFile, Rules.DEF_11), ExitCodes.UNREADABLE);
            }
            ics = icsFile.toString();
        }
        if (c.json()) {
            String icsPath = ics;
            return c.accepted(pc, p -> json(p, settings, language, icsPath));
        }
        out.println(pc.cohortId() + " (" + settings.zone() + ")");
        for (ProgramSession s : pc.sessions()) {
            out.println(s.start().toLocalDate() + " " + s.start().toLocalTime() + "-" + s.end().toLocalTime() + "  ["
                    + s.rule() + "] " + s.title().get(language));
        }
        for (DateDeadline d : pc.deadlines()) {
            out.println(d.due() + "  [" + d.rule() + "] " + d.description().get(language));
        }
        if (ics != null) {
            c.line(CliText.ICAL_WRITTEN, ics, pc.sessions().size());
        }
        return c.done(ExitCodes.OK);
    }

    private static ObjectNode json(ProgramCalendar pc, ProgramSettings settings, Language language, String ics) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("cohort", pc.cohortId()).put("zone", settings.zone().getId());
        ArrayNode sessions = n.putArray("sessions");
        for (ProgramSession s : pc.sessions()) {
            sessions.addObject().put("start", s.start().toString()).put("end", s.end().toString())
                    .put("rule", s.rule().toString()).put("title", s.title().get(language));
        }
        ArrayNode deadlines = n.putArray("deadlines");
        for (DateDeadline d : pc.deadlines()) {
            deadlines.addObject().put("due", d.due().toString()).put("rule", d.rule().toString())
                    .put("description", d.description().get(language));
        }
        if (ics != null) {
            n.put("ics", ics);
        }
        return n;
    }
}
