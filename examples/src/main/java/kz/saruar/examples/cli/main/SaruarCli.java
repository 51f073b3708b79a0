package kz.saruar.examples.cli.main;

import kz.saruar.examples.cli.CatalogCommand;
import kz.saruar.examples.cli.CommandGroup;
import kz.saruar.examples.cli.Conventions;
import kz.saruar.examples.cli.GlobalOptions;
import kz.saruar.examples.cli.HelpBundle;
import kz.saruar.examples.cli.MethodologyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code saruar} command line: the methodology's catalog and validation, applications,
 * diagnostics, documents, scheduling, scoring and the ledger. In its own package so that the
 * commands' packages never depend back on it.
 */
@Command(name = "saruar", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        resourceBundle = HelpBundle.NAME,
        description = "The \"Өзгерістердің саруарлары\" accelerator methodology on the command line.",
        subcommands = {
            kz.saruar.examples.cli.simulate.SimulateCommand.class,
            CatalogCommand.class,
            MethodologyCommand.class,
            kz.saruar.examples.cli.scheduling.WorkdaysCommand.class,
            kz.saruar.examples.cli.scheduling.CalendarCommand.class,
            kz.saruar.examples.cli.scheduling.ConsultationsCommand.class,
            kz.saruar.examples.cli.scoring.ScoreCommand.class,
            kz.saruar.examples.cli.application.ApplicationCommand.class,
            kz.saruar.examples.cli.application.DiagnoseCommand.class,
            kz.saruar.examples.cli.application.RenderCommand.class,
            kz.saruar.examples.cli.ledger.LedgerCommand.class,
            kz.saruar.examples.cli.community.MentorsCommand.class, kz.saruar.examples.cli.community.ImpactCommand.class, kz.saruar.examples.cli.community.RegionCommand.class,
            kz.saruar.examples.cli.community.CommunityCommand.class,
            kz.saruar.examples.cli.cohort.CohortCli.class,
            CommandLine.HelpCommand.class
        })
public final class SaruarCli extends CommandGroup {
    /** {@code --lang} and {@code --json}, inherited by every subcommand at any depth. */
    @CommandLine.Mixin
    GlobalOptions options;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests and embedding. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The configured command line whose commands {@code factory} creates (tests give a command a fixed clock). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new SaruarCli(), factory);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        withHelp(cl);
        HelpBundle.install(cl);
        return Conventions.apply(cl);
    }

    /** One convention everywhere: every command and subcommand answers --help, -h and --version with exit 0. */
    private static void withHelp(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        if (spec.optionsMap().get("--help") == null) {
            spec.mixinStandardHelpOptions(true);
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            withHelp(sub);
        }
    }
}
