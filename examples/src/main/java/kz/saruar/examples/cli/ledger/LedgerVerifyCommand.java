package kz.saruar.examples.cli.ledger;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.ledger.ChainHash;
import kz.saruar.ledger.JournalVerifier;
import kz.saruar.ledger.VerificationReport;
import kz.saruar.spi.storage.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar ledger verify DIR}: walks the hash-chained journal and names the first bad record (LFT-06). */
@Command(name = "verify", description = "Verify the journal in DIR: CRCs, sequence, SHA-256 chain (LFT-06).")
public final class LedgerVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The ledger directory (with journal.log) or an export of it.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Object opened = JournalOpening.open(dir, spec.commandLine().getErr());
        if (opened instanceof Integer code) {
            return code;
        }
        try (JournalStore store = (JournalStore) opened) {
            long t0 = System.nanoTime();
            VerificationReport r = JournalVerifier.verify(store);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String head = r.headHash().map(ChainHash::hex).orElse("-");
            String torn = r.tornTail() ? "; ignored a torn tail of " + r.ignoredTailBytes()
                    + " bytes (an incomplete write at the end, never acknowledged)" : "";
            if (r.ok()) {
                out.println("OK: " + r.records() + " records, " + r.bytes() + " bytes, head hash " + head + torn
                        + " (" + ms + " ms)");
                out.flush();
                return ExitCodes.OK;
            }
            VerificationReport.Problem p = r.problem().orElseThrow();
            out.println("INVALID: " + p.kind() + " at record " + p.position() + " — " + p.detail());
            out.println("the first " + r.records() + " records are good; head hash of the good part " + head + torn);
            out.flush();
            return ExitCodes.REFUSED;
        }
    }
}
