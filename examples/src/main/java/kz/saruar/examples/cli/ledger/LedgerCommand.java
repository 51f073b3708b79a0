package kz.saruar.examples.cli.ledger;

import kz.saruar.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code saruar ledger}: the LIFTCOIN journal on the command line (LFT-04, LFT-06). Exit codes: 0 ok, 1 refused or invalid, 2 unreadable. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Verify a LIFTCOIN journal, print statements and coverage (LFT-04, LFT-06).",
        subcommands = {LedgerDemoCommand.class, LedgerVerifyCommand.class, LedgerStatementCommand.class,
            LedgerCoverageCommand.class})
public final class LedgerCommand extends CommandGroup {
}
