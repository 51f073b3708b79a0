package kz.saruar.examples.cli.cohort;

import java.nio.file.Path;
import java.time.Clock;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortCommandJson;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import kz.saruar.model.Rules;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code saruar cohort command LOCATION COMMAND.json}: one cohort command (a lifecycle command, a booking…) with its actor and key. */
@Command(name = "command", mixinStandardHelpOptions = true,
        description = "Submit COMMAND.json (type, key, actor and the command's fields; see docs/events.md) to the cohort.")
public final class CohortCommandCommand extends CohortSubcommand {
    /** {@code --holidays DIR}: the working days of new bookings and deadlines (PRE-05). */
    @Mixin
    CohortCalendar calendar = new CohortCalendar();

    @Parameters(index = "1", paramLabel = "COMMAND.json", description = "The command.")
    Path file;

    @Override
    protected int run(Console c) {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        // the one strict reader decides whether the file can be read at all (missing, a directory, not UTF-8, not JSON)
        Outcome<JsonNode> tree = JsonReader.forRule(Rules.LFT_06).readTree(file);
        if (tree.refused()) {
            return c.refuse(tree.reasons(), ExitCodes.UNREADABLE);
        }
        Outcome<CohortCommand> command = CohortCommandJson.read(tree.orElseThrow().toString(), clock);
        if (command.refused()) {
            int code = options.print(Outcome.refused(command.reasons()), c);
            return command.reasons().stream().anyMatch(r -> r.code().startsWith("UNREADABLE") || r.code().equals("NOT_JSON"))
                    ? ExitCodes.UNREADABLE : code;
        }
        return options.submit(c, clock, calendar, cohort -> command.orElseThrow());
    }
}
