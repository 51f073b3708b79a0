package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.examples.cli.Console;
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
        Console c = Console.of(spec);
        if (!CohortLocation.isUri(location)) {
            Optional<Reason> problem = InputFiles.directoryProblem(Path.of(location), Rules.LFT_06);
            if (problem.isEmpty() && !Files.isDirectory(Path.of(location, "journal"))) {
                problem = Optional.of(Reason.of("FILE_NOT_FOUND", Rules.LFT_06, "$",
                        CliText.NO_COHORT.text(location, Path.of(location, "journal"))));
            }
            if (problem.isPresent()) {
                return c.refuse(List.of(problem.get()), ExitCodes.UNREADABLE);
            }
        }
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), true, true, c);
        if (opened.isEmpty()) {
            // the store itself refused to open: its records are damaged (CRC, torn batch)
            if (!c.json()) {
                c.line(CliText.COHORT_STORE_DAMAGED);
                c.out().flush();
            }
            return ExitCodes.REFUSED;
        }
        PrintWriter out = c.out();
        try (CohortLocation.Opened o = opened.get()) {
            JournalVerification v = Cohort.verify(o.store());
            if (c.json()) {
                if (v.ok()) {
                    return c.accepted(v, x -> JsonNodeFactory.instance.objectNode().put("records", x.records())
                            .put("headHash", String.valueOf(x.lastHash())));
                }
                return c.refuse(List.of(Reason.of("JOURNAL_INVALID", Rules.LFT_06, "event:" + v.firstBad().orElseThrow(),
                        CliText.COHORT_VERIFY_BAD.text(v.firstBad().orElseThrow(), v.problem().orElseThrow()),
                        Figure.of("goodEvents", v.records()))), ExitCodes.REFUSED);
            }
            if (v.ok()) {
                c.line(CliText.COHORT_VERIFY_OK, v.records(), v.lastHash());
            } else {
                c.line(CliText.COHORT_VERIFY_BAD, v.firstBad().orElseThrow(), v.problem().orElseThrow());
                c.line(CliText.COHORT_GOOD_PART, v.records());
            }
            out.flush();
            return v.ok() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }
}
