package kz.saruar.examples.cli.ledger;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.ledger.CoverageReport;
import kz.saruar.ledger.Ledger;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.storage.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar ledger coverage DIR}: the coverage report (LFT-04); exit 1 when coverage is broken and issuing is frozen. */
@Command(name = "coverage", description = "Print the coverage of circulating points by market capacity (LFT-04);"
        + " exit 1 when coverage is broken (issuing frozen).")
public final class LedgerCoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The ledger directory.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Object opened = JournalOpening.open(dir, err);
        if (opened instanceof Integer code) {
            return code;
        }
        try (JournalStore store = (JournalStore) opened) {
            CoverageReport c = Ledger.openExisting(store, Clock.systemUTC()).coverage();
            out.println("circulation      " + c.circulation() + "  (issued " + c.issued() + " − retired " + c.retired() + ")");
            out.println("market capacity  " + c.capacity());
            out.println("coverage ratio   " + c.coverageRatio().toPlainString());
            out.println("covered limit    " + c.coveredLimit());
            out.println("headroom         " + c.headroom());
            out.println("capacity by direction (LFT-08):");
            c.capacityByDirection().forEach((d, v) -> out.println("  " + (d.isEmpty() ? "(untagged)" : d) + "  " + v));
            out.println("circulation by account kind:");
            c.circulationByKind().forEach((k, v) -> out.println("  " + k + "  " + v));
            if (c.issuingFrozen()) {
                out.println("LFT-04: coverage broken by " + (-c.headroom()) + " points; issuing is frozen");
                out.flush();
                return ExitCodes.REFUSED;
            }
            out.println("LFT-04: covered; issuing open");
            out.flush();
            return ExitCodes.OK;
        } catch (SaruarException e) {
            err.println("INVALID: " + e.getMessage());
            err.flush();
            return ExitCodes.REFUSED;
        }
    }
}
