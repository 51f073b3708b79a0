package kz.saruar.examples.cli.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import kz.saruar.cohort.CohortJson;
import kz.saruar.cohort.CohortReceipt;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import picocli.CommandLine.Option;

/** The option every {@code saruar cohort} command shares, {@code --keys}, and how they print an outcome. */
public final class CohortOptions {
    @Option(names = "--keys", paramLabel = "DIR",
            description = "Where the per-person keys live (default: LOCATION/keys; required for a store URI).")
    Path keys;

    Optional<Path> keys() {
        return Optional.ofNullable(keys);
    }

    /** Prints an outcome and returns its exit code. */
    int print(Outcome<CohortReceipt> o, Console c) {
        PrintWriter out = c.out();
        if (c.json()) {
            out.println(DecisionJson.toJson(o, r -> (JsonNode) CohortJson.MAPPER.valueToTree(r), c.language()).toString());
        } else if (o.accepted()) {
            CohortReceipt r = o.value().orElseThrow();
            c.line(CliText.COHORT_ACCEPTED, r.command(), r.key(), String.join(", ", r.events()), r.firstPosition());
        } else {
            c.line(CliText.REFUSED);
            for (Reason r : o.reasons()) {
                out.println("  " + r.describe(c.language()));
            }
        }
        out.flush();
        return o.accepted() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    static String text(Object value) {
        try {
            return CohortJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
