package kz.saruar.examples.cli.cohort;

import kz.saruar.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code saruar cohort}: one intake's journal (the rules APP, PRE, DEF, ACC, EXT and LFT-06 of docs/rules.md). Exit codes: 0 ok, 1 refused or invalid, 2 unreadable. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Run a cohort on a durable, verifiable journal: applications, lifecycle, defenses, erasure.",
        subcommands = {CohortInitCommand.class, CohortApplyCommand.class, CohortCommandCommand.class,
            CohortSheetsCommand.class, CohortStatusCommand.class, CohortEventsCommand.class, CohortVerifyCommand.class,
            CohortReportCommand.class,
            CohortEraseCommand.class})
public final class CohortCli extends CommandGroup {
}
