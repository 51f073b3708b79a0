package kz.saruar.examples.cli.scheduling;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Function;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.model.RuleId;
import kz.saruar.scheduling.Outcome;
import kz.saruar.scheduling.calendar.HolidayCalendars;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar workdays add DATE N | count FROM TO}: working-day arithmetic on a holiday calendar (APP-11). */
@Command(name = "workdays", description = "Working-day arithmetic on the Kazakhstan (or a plugin's) holiday calendar (APP-11).",
        subcommands = {WorkdaysCommand.Add.class, WorkdaysCommand.Count.class}, mixinStandardHelpOptions = true)
public final class WorkdaysCommand implements Callable<Integer> {
    private static final RuleId APP_11 = RuleId.of("APP-11");

    @Spec
    CommandSpec spec;

    @Option(names = "--calendar", paramLabel = "ID", description = "Holiday calendar ID (default: KZ).")
    String calendarId = "KZ";

    @Option(names = "--lang", description = "Language of messages: ${COMPLETION-CANDIDATES} (default: ru).")
    Lang lang = Lang.ru;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    int print(Outcome<?> o, PrintWriter out, PrintWriter err) {
        if (o.isAccepted()) {
            out.println(o.orElseThrow());
            return ExitCodes.OK;
        }
        err.println("refused:");
        Inputs.printRefusals(err, o.refusals(), lang.language());
        return ExitCodes.REFUSED;
    }

    /** Runs an arithmetic on the chosen calendar; an unknown calendar ID is unreadable input (exit 2). */
    int on(CommandSpec sub, Function<WorkingCalendar, Outcome<?>> arithmetic) {
        PrintWriter err = sub.commandLine().getErr();
        return HolidayCalendars.discover().calendar(calendarId)
                .map(c -> print(arithmetic.apply(c), sub.commandLine().getOut(), err))
                .orElseGet(() -> {
                    err.println("unknown calendar \"" + calendarId + "\"; known: "
                            + HolidayCalendars.discover().calendarIds());
                    return ExitCodes.UNREADABLE;
                });
    }

    /** {@code workdays add DATE N}: the N-th working day after DATE (before it for negative N). */
    @Command(name = "add", description = "The N-th working day after DATE (before it for a negative N).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WorkdaysCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATE", description = "A date like 2026-03-20.")
        LocalDate date;

        @Parameters(index = "1", paramLabel = "N", description = "Number of working days.")
        int n;

        @Override
        public Integer call() {
            return parent.on(spec, c -> c.addWorkingDays(date, n, APP_11));
        }
    }

    /** {@code workdays count FROM TO}: working days after FROM up to and including TO. */
    @Command(name = "count", description = "Working days after FROM up to and including TO.")
    static final class Count implements Callable<Integer> {
        @ParentCommand
        WorkdaysCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FROM", description = "A date like 2026-03-20.")
        LocalDate from;

        @Parameters(index = "1", paramLabel = "TO", description = "A date like 2026-04-01.")
        LocalDate to;

        @Override
        public Integer call() {
            return parent.on(spec, c -> c.countWorkingDays(from, to, APP_11));
        }
    }
}
