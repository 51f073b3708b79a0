package kz.saruar.examples.cli.ledger;

import kz.saruar.examples.cli.CliCommand;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.List;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.ledger.ChainHash;
import kz.saruar.ledger.JournalVerifier;
import kz.saruar.ledger.VerificationReport;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.spi.storage.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code saruar ledger verify DIR}: walks the hash-chained journal and names the first bad record (LFT-06). */
@Command(name = "verify", description = "Verify the journal in DIR: CRCs, sequence, SHA-256 chain (LFT-06).")
public final class LedgerVerifyCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The ledger directory (with journal.log) or an export of it.")
    Path dir;

    @Override
    protected int run(Console c) {
        return JournalOpening.read(dir, c, store -> verify(store, c));
    }

    private static int verify(JournalStore store, Console c) {
        long t0 = System.nanoTime();
        VerificationReport r = JournalVerifier.verify(store);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String head = r.headHash().map(ChainHash::hex).orElse("-");
        String torn = r.tornTail() ? c.text(CliText.VERIFY_TORN, r.ignoredTailBytes()) : "";
        if (r.ok()) {
            if (c.json()) {
                return c.accepted(r, x -> JsonNodeFactory.instance.objectNode().put("records", x.records())
                        .put("bytes", x.bytes()).put("headHash", head).put("tornTail", x.tornTail())
                        .put("ignoredTailBytes", x.ignoredTailBytes()));
            }
            c.line(CliText.VERIFY_OK, r.records(), r.bytes(), head, torn, ms);
            return c.done(ExitCodes.OK);
        }
        VerificationReport.Problem p = r.problem().orElseThrow();
        if (c.json()) {
            return c.refuse(List.of(Reason.of("JOURNAL_INVALID", Rules.LFT_06, "record:" + p.position(),
                    CliText.VERIFY_INVALID.text(p.position(), p.kind(), p.text()), Figure.of("goodRecords", r.records()),
                    Figure.of("headHash", head))), ExitCodes.REFUSED);
        }
        c.line(CliText.VERIFY_INVALID, p.position(), p.kind(), p.text());
        c.line(CliText.VERIFY_GOOD_PART, r.records(), head, torn);
        return c.done(ExitCodes.REFUSED);
    }
}
