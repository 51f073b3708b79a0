package kz.saruar.examples.cli.cohort;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import kz.saruar.cohort.Cohort;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.JournalVerification;
import picocli.CommandLine.Command;

/**
 * {@code saruar cohort verify LOCATION}: checks the hash chain and the schema, then that every event
 * replays into the cohort's state (a well-chained record the rules cannot apply, such as an
 * application submitted twice, is as bad as a broken link), and names the first bad event (LFT-06).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the cohort journal's SHA-256 chain and schema and that every event replays; name the first bad event (LFT-06).")
public final class CohortVerifyCommand extends CohortSubcommand {
    @Override
    protected int run(Console c) {
        Optional<Reason> problem = CohortLocation.isUri(options.location) ? Optional.empty() : CohortLocation.problem(options.location);
        if (problem.isPresent()) {
            return c.refuse(List.of(problem.get()), ExitCodes.UNREADABLE);
        }
        Optional<CohortLocation.Opened> opened = CohortLocation.open(options.location, options.keys(), true, true, c);
        if (opened.isEmpty()) {
            // the store itself refused to open: its records are damaged (CRC, torn batch)
            if (!c.json()) {
                c.line(CliText.COHORT_STORE_DAMAGED);
            }
            return c.done(ExitCodes.REFUSED);
        }
        try (CohortLocation.Opened o = opened.get()) {
            return verify(Cohort.verify(o.store(), o.keys()), c);
        }
    }

    private static int verify(JournalVerification v, Console c) {
        if (c.json()) {
            if (v.ok()) {
                return c.accepted(v, x -> JsonNodeFactory.instance.objectNode().put("records", x.records())
                        .put("headHash", String.valueOf(x.lastHash())));
            }
            return c.refuse(List.of(Reason.of("JOURNAL_INVALID", Rules.LFT_06, "event:" + v.firstBad().orElseThrow(),
                    CliText.COHORT_VERIFY_BAD.text(v.firstBad().orElseThrow(), v.problemText().orElseThrow()),
                    Figure.of("goodEvents", v.records()))), ExitCodes.REFUSED);
        }
        if (v.ok()) {
            c.line(CliText.COHORT_VERIFY_OK, v.records(), v.lastHash());
        } else {
            c.line(CliText.COHORT_VERIFY_BAD, v.firstBad().orElseThrow(), v.problemText().orElseThrow());
            c.line(CliText.COHORT_GOOD_PART, v.records());
        }
        return c.done(v.ok() ? ExitCodes.OK : ExitCodes.REFUSED);
    }
}
