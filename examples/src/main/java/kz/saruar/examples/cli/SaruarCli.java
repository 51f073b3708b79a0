package kz.saruar.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code saruar} command line: the methodology's catalog, validation and the other capabilities. */
@Command(name = "saruar", mixinStandardHelpOptions = true, version = "saruar 0.1.0",
        description = "The \"Өзгерістердің саруарлары\" accelerator methodology on the command line.",
        subcommands = {
            CatalogCommand.class,
            MethodologyCommand.class,
            kz.saruar.examples.cli.scheduling.WorkdaysCommand.class,
            kz.saruar.examples.cli.scheduling.CalendarCommand.class,
            kz.saruar.examples.cli.scheduling.ConsultationsCommand.class,
            kz.saruar.examples.cli.scoring.ScoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SaruarCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests and embedding. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SaruarCli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
