package kz.saruar.examples.cli.cohort;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortJson;
import kz.saruar.cohort.CohortReceipt;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.UnreadableRecordException;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every {@code saruar cohort} command shares (LFT-06): the cohort's LOCATION, its
 * {@code --keys}, how the cohort is opened (and closed) for the command, and how a submitted
 * command's outcome is printed.
 */
public final class CohortOptions {
    @Parameters(index = "0", paramLabel = "LOCATION",
            description = "The cohort's directory, or a store URI such as a PostgreSQL JDBC URL.")
    String location;

    @Option(names = "--keys", paramLabel = "DIR",
            description = "Where the per-person keys live (default: LOCATION/keys; required for a store URI).")
    Path keys;

    Optional<Path> keys() {
        return Optional.ofNullable(keys);
    }

    /**
     * Opens the existing cohort on the calendar {@code --holidays} gives (the built-in one without
     * it); a refused holiday directory is printed and ends the command.
     */
    int withCohort(Console c, CohortLocation.Opened o, Clock clock, CohortCalendar holidays,
            Function<Cohort, Integer> body) {
        Outcome<WorkingCalendar> calendar = holidays.calendar();
        if (calendar.refused()) {
            return c.refuse(calendar.reasons(), ExitCodes.UNREADABLE);
        }
        return body.apply(Cohort.open(o.store(), clock, o.keys(), calendar.orElseThrow()));
    }

    /**
     * Runs {@code body} on the cohort's journal and keys, closing them after; or prints why they
     * cannot be opened, or why a record of the journal does not read or replay (in the chosen
     * language, LFT-06), and returns {@link ExitCodes#UNREADABLE}. {@code mustExist}: the location
     * must already hold a cohort.
     */
    int open(Console c, boolean readOnly, boolean mustExist, ToIntFunction<CohortLocation.Opened> body) {
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, keys(), readOnly, mustExist, c);
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (CohortLocation.Opened o = opened.get()) {
            return body.applyAsInt(o);
        } catch (UnreadableRecordException e) {
            return c.refuse(List.of(Reason.of("FILE_UNREADABLE", Rules.LFT_06, "$",
                    CliText.COHORT_UNREADABLE.text(location, e.text()))), ExitCodes.UNREADABLE);
        }
    }

    /**
     * Submits the command {@code command} makes of the existing cohort, opened on the calendar of
     * {@code holidays}, and prints its outcome.
     */
    int submit(Console c, Clock clock, CohortCalendar holidays, Function<Cohort, CohortCommand> command) {
        return open(c, false, true, o -> withCohort(c, o, clock, holidays,
                cohort -> print(cohort.submit(command.apply(cohort)), c)));
    }

    /** The first 32 hex digits of a file's SHA-256 (an idempotency key's part), or its bytes' refusal under {@code rule}. */
    static Outcome<String> digest(Path file, RuleId rule) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return Outcome.accepted(HexFormat.of().formatHex(sha).substring(0, 32));
        } catch (IOException e) {
            return Outcome.refused(List.of(InputFiles.unreadable(file, rule)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints an outcome and returns its exit code (1 for any refusal). */
    int print(Outcome<CohortReceipt> o, Console c) {
        if (c.json()) {
            return o.accepted() ? c.accepted(o.orElseThrow(), CohortJson::toJson)
                    : c.refuse(o.reasons(), ExitCodes.REFUSED);
        }
        PrintWriter out = c.out();
        if (o.accepted()) {
            CohortReceipt r = o.orElseThrow();
            c.line(CliText.COHORT_ACCEPTED, r.command(), r.key(), String.join(", ", r.events()), r.firstPosition());
        } else {
            c.line(CliText.REFUSED);
            for (Reason r : o.reasons()) {
                out.println("  " + r.describe(c.language()));
            }
        }
        return c.done(o.accepted() ? ExitCodes.OK : ExitCodes.REFUSED);
    }
}
