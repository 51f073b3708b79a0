package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.JournalVerification;
import kz.saruar.examples.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort verify LOCATION}: checks the hash chain and names the first bad event (LFT-06). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the cohort journal's SHA-256 chain and schema; name the first bad event (LFT-06).")
public final class CohortVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The cohort's directory or store URI.")
    String location;

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        if (!CohortLocation.isUri(location) && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(location, "journal"))) {
            spec.commandLine().getErr().println("no cohort at " + location + ": run saruar cohort init first");
            return ExitCodes.UNREADABLE;
        }
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), true, true, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            // the store itself refused to open: its records are damaged (CRC, torn batch)
            spec.commandLine().getOut().println("INVALID: the journal's store cannot be opened");
            return ExitCodes.REFUSED;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CohortLocation.Opened o = opened.get()) {
            JournalVerification v = Cohort.verify(o.store());
            if (v.ok()) {
                out.println("OK: " + v.records() + " events, head hash " + v.lastHash());
            } else {
                out.println("INVALID at event " + v.firstBad().orElseThrow() + ": " + v.problem().orElseThrow());
                out.println("the first " + v.records() + " events are good");
            }
            out.flush();
            return v.ok() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }
}
