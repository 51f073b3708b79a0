package kz.saruar.examples.cli.ledger;

import kz.saruar.examples.cli.CliCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import java.util.List;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.saruar.ledger.CoverageReport;
import kz.saruar.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code saruar ledger coverage DIR}: the coverage report (LFT-04); exit 1 when coverage is broken and issuing is frozen. */
@Command(name = "coverage", description = "Print the coverage of circulating points by market capacity (LFT-04);"
        + " exit 1 when coverage is broken (issuing frozen).")
public final class LedgerCoverageCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The ledger directory.")
    Path dir;

    @Override
    protected int run(Console c) {
        return JournalOpening.read(dir, c, store -> {
            try (Ledger ledger = Ledger.openExisting(store, Clock.systemUTC())) {
                return print(ledger.coverage(), c);
            }
        });
    }

    private static int print(CoverageReport r, Console c) {
        if (c.json()) {
            if (r.issuingFrozen()) {
                return c.refuse(List.of(Reason.of("COVERAGE_BROKEN", Rules.LFT_04, "$", CliText.COV_BROKEN.text(-r.headroom()),
                        Figure.of("circulation", r.circulation()), Figure.of("capacity", r.capacity()),
                        Figure.of("headroom", r.headroom()))), ExitCodes.REFUSED);
            }
            return c.accepted(r, LedgerCoverageCommand::toJson);
        }
        PrintWriter out = c.out();
        c.line(CliText.COV_CIRCULATION, r.circulation(), r.issued(), r.retired());
        c.line(CliText.COV_CAPACITY, r.capacity());
        c.line(CliText.COV_RATIO, r.coverageRatio().toPlainString());
        c.line(CliText.COV_LIMIT, r.coveredLimit());
        c.line(CliText.COV_HEADROOM, r.headroom());
        c.line(CliText.COV_BY_DIRECTION);
        r.capacityByDirection().forEach((d, v) -> out.println("  " + (d.isEmpty() ? c.text(CliText.COV_UNTAGGED) : d) + "  " + v));
        c.line(CliText.COV_BY_KIND);
        r.circulationByKind().forEach((k, v) -> out.println("  " + k + "  " + v));
        if (r.issuingFrozen()) {
            c.line(CliText.COV_BROKEN, -r.headroom());
            return c.done(ExitCodes.REFUSED);
        }
        c.line(CliText.COV_OK);
        return c.done(ExitCodes.OK);
    }

    private static ObjectNode toJson(CoverageReport r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("circulation", r.circulation()).put("issued", r.issued())
                .put("retired", r.retired()).put("capacity", r.capacity()).put("coverageRatio", r.coverageRatio())
                .put("coveredLimit", r.coveredLimit()).put("headroom", r.headroom()).put("issuingFrozen", r.issuingFrozen());
        ObjectNode byDirection = n.putObject("capacityByDirection");
        r.capacityByDirection().forEach((d, v) -> byDirection.put(d, v));
        ObjectNode byKind = n.putObject("circulationByKind");
        r.circulationByKind().forEach((k, v) -> byKind.put(String.valueOf(k), v));
        return n;
    }
}
