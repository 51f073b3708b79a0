package kz.saruar.examples.cli;

import java.util.List;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;

/**
 * A {@code saruar} command that only groups subcommands ({@code saruar ledger}, {@code saruar cohort}…).
 * Invoked without one it prints its usage (exit 0); under {@code --json} it refuses in the one
 * {@code DecisionJson} shape instead, as a misuse of the command line (FMT-01, exit 2), because a
 * script asking for JSON cannot read usage text.
 */
public abstract class CommandGroup extends CliCommand {
    @Override
    protected final int run(Console c) {
        if (c.json()) {
            String command = spec.qualifiedName(" ");
            String subcommands = String.join(", ", spec.subcommands().keySet().stream().filter(s -> !s.equals("help")).toList());
            return c.refuse(List.of(Reason.of("USAGE", Rules.FMT_01, command,
                    CliText.SUBCOMMAND_MISSING.text(command, subcommands))), ExitCodes.UNREADABLE);
        }
        spec.commandLine().usage(c.out());
        return ExitCodes.OK;
    }
}
