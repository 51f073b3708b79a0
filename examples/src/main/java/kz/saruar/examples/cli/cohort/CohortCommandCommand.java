package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortCommandJson;
import kz.saruar.cohort.CohortReceipt;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import kz.saruar.model.Rules;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort command LOCATION COMMAND.json}: one cohort command (a lifecycle command, a booking…) with its actor and key. */
@Command(name = "command", mixinStandardHelpOptions = true,
        description = "Submit COMMAND.json (type, key, actor and the command's fields; see docs/events.md) to the cohort.")
public final class CohortCommandCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The cohort's directory or store URI.")
    String location;

    @Parameters(index = "1", paramLabel = "COMMAND.json", description = "The command.")
    Path file;

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        Console c = Console.of(spec);
        // the one strict reader decides whether the file can be read at all (missing, a directory, not UTF-8, not JSON)
        Outcome<JsonNode> tree = JsonReader.forRule(Rules.LFT_06).readTree(file);
        if (tree.refused()) {
            return c.refuse(tree.reasons(), ExitCodes.UNREADABLE);
        }
        Outcome<CohortCommand> command = CohortCommandJson.read(tree.orElseThrow().toString(), clock);
        if (command.refused()) {
            Outcome<CohortReceipt> refused = Outcome.refused(command.reasons());
            int code = options.print(refused, Console.of(spec));
            return command.reasons().stream().anyMatch(r -> r.code().startsWith("UNREADABLE") || r.code().equals("NOT_JSON"))
                    ? ExitCodes.UNREADABLE : code;
        }
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), false, true, Console.of(spec));
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (CohortLocation.Opened o = opened.get()) {
            Cohort cohort = Cohort.open(o.store(), clock, o.keys());
            return options.print(cohort.submit(command.value().orElseThrow()), Console.of(spec));
        }
    }
}
