package kz.saruar.examples.cli.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import kz.saruar.cohort.CohortJson;
import kz.saruar.cohort.CohortReceipt;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import picocli.CommandLine.Option;

/** The options every {@code saruar cohort} command shares: {@code --keys}, {@code --json}, {@code --lang}. */
public final class CohortOptions {
    @Option(names = "--keys", paramLabel = "DIR",
            description = "Where the per-person keys live (default: LOCATION/keys; required for a store URI).")
    Path keys;

    @Option(names = "--json", description = "Print the outcome as JSON ({\"accepted\":…}).")
    boolean json;

    @Option(names = "--lang", description = "Language of messages: ${COMPLETION-CANDIDATES} (default: ru).")
    Lang lang = Lang.ru;

    Optional<Path> keys() {
        return Optional.ofNullable(keys);
    }

    /** Prints an outcome and returns its exit code. */
    int print(Outcome<CohortReceipt> o, PrintWriter out) {
        if (json) {
            out.println(DecisionJson.toJson(o, r -> (JsonNode) CohortJson.MAPPER.valueToTree(r), lang.language()).toString());
        } else if (o.accepted()) {
            CohortReceipt r = o.value().orElseThrow();
            out.println("ACCEPTED " + r.command() + " " + r.key() + ": " + String.join(", ", r.events()) + " at "
                    + r.firstPosition());
        } else {
            out.println("REFUSED:");
            for (Reason r : o.reasons()) {
                out.println("  " + r.describe(lang.language()));
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
