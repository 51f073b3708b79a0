package kz.saruar.examples.cli.cohort;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import kz.saruar.cohort.Cohort;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.ReportFiles;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;
import kz.saruar.model.journal.UnreadableRecordException;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.simulation.CohortJournal;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.report.HtmlReport;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code saruar cohort report LOCATION [--out FILE] [--csv DIR] [--ledger DIR] [--holidays DIR] [--json] [--lang]}:
 * the report {@code saruar simulate} writes (funnel with its rules, charts, tables), read from a
 * real cohort's journal (the rules APP, PRE, DEF, ACC and EXT of docs/rules.md; the report of
 * docs/simulation.md), so a center sees its own intake the way the simulation shows a simulated
 * one. Exit 0 written, 2 when the journal or a file cannot be read or written.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the cohort's HTML report (funnel with rules, charts, tables) from its journal; print the funnel.")
public final class CohortReportCommand extends CohortSubcommand {
    /** {@code --holidays DIR}: the working days the program calendar's bars count (PRE-05). */
    @Mixin
    CohortCalendar calendar = new CohortCalendar();

    @Mixin
    ReportFiles report = new ReportFiles("cohort-report.html");

    @Option(names = "--ledger", paramLabel = "DIR",
            description = "The cohort's LIFTCOIN ledger journal (default: LOCATION/ledger when it exists).")
    Path ledger;

    @Override
    protected int run(Console console) {
        return report.then(console, () -> options.open(console, true, true, c -> report(c, console)));
    }

    private int report(CohortLocation.Opened c, Console console) {
        ReportFiles.prepareInBackground();
        Outcome<WorkingCalendar> working = calendar.calendar();
        if (working.refused()) {
            return console.refuse(working.reasons(), ExitCodes.UNREADABLE);
        }
        PrintWriter o = console.out();
        Language lang = console.language();
        String location = options.location;
        Optional<Path> ledgerDir = Optional.ofNullable(ledger).or(() -> CohortLocation.isUri(location)
                ? Optional.empty() : Optional.of(Path.of(location, "ledger")).filter(Files::isDirectory));
        JournalStore ledgerStore = null;
        try {
            if (ledgerDir.isPresent()) {
                ledgerStore = FileJournalStore.openReadOnly(ledgerDir.get());
            }
            // the report decides nothing: its clock is never read for a decision
            Cohort cohort = Cohort.open(c.store(), Clock.fixed(Instant.EPOCH, Kazakhstan.ZONE), c.keys(),
                    working.orElseThrow());
            CohortRun run = CohortJournal.read(cohort, Optional.ofNullable(ledgerStore), OptionalLong.empty());
            String cohortId = cohort.state().cohortId();
            return report.writeCohort(console, Simulation.of(run), HtmlReport.render(run, cohortId, lang), cohortId, one -> {
                console.line(CliText.COHORT_REPORT, cohortId, run.methodologyId(), cohort.position());
                for (CohortRun.Stage st : run.funnel()) {
                    o.println(String.format(Locale.ROOT, "%6d  %-52s [%s]%s", st.count(), st.name().get(lang),
                            String.join(", ", st.rules()), st.stoppedBy().isEmpty() ? ""
                                    : "  " + console.text(CliText.COHORT_STOPPED_BY, st.stoppedBy())));
                }
                console.line(CliText.SIM_REPORT, report.out().toAbsolutePath());
                report.csv().ifPresent(csv -> console.line(CliText.SIM_TABLES, csv.toAbsolutePath()));
                return console.done(ExitCodes.OK);
            });
        } catch (StorageException | SaruarException e) {
            return console.refuse(List.of(Reason.of("FILE_UNREADABLE", Rules.LFT_06, "$",
                    CliText.COHORT_UNREADABLE.text(location, e instanceof UnreadableRecordException u ? u.text()
                            : Console.storageFailure(e)))), ExitCodes.UNREADABLE);
        } finally {
            if (ledgerStore != null) {
                ledgerStore.close();
            }
        }
    }
}
