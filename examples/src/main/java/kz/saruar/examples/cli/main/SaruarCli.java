package kz.saruar.examples.cli.main;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        description = "The \"Өзгерістердің саруарлары\" accelerator methodology on the command line.")
// The subcommands are added by commandLine below, not listed here: a run builds only the one it
// names (picocli builds a command's model by reflection, about 250 ms for all 47 at start-up).
public final class SaruarCli extends CommandGroup {
    /** The root's own options that answer without a command. */
    private static final Set<String> ROOT_ANSWERS = Set.of("-h", "--help", "-V", "--version");

    /** The top-level commands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            kz.saruar.examples.cli.community.MentorsCommand.class,
            kz.saruar.examples.cli.community.ImpactCommand.class,
            kz.saruar.examples.cli.community.RegionCommand.class,
            kz.saruar.examples.cli.community.CommunityCommand.class,
            kz.saruar.examples.cli.cohort.CohortCli.class,
            CommandLine.HelpCommand.class);

    /** {@code --lang} and {@code --json}, inherited by every subcommand at any depth. */
    @CommandLine.Mixin
    GlobalOptions options;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine(CommandLine.defaultFactory(), args).execute(args));
    }

    /** The configured command line with every command, for tests and embedding. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The configured command line with every command, which {@code factory} creates (tests give a command a fixed clock). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return build(factory, SUBCOMMANDS);
    }

    /**
     * The command line for running {@code args}: when they name a top-level command (after any
     * global options), the root with that command alone, which parses and runs them exactly as the
     * whole tree would; otherwise (no command, an unknown one, {@code help}) the whole tree, so
     * that usage, suggestions and {@code help NAME} see every command.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        Optional<Class<?>> named = named(args);
        return build(factory, named.isPresent() ? List.of(named.get()) : SUBCOMMANDS);
    }

    /**
     * The top-level command that {@code args} name, skipping the root's options; empty for
     * {@code help}, and when the root itself is asked for its usage or version before the command
     * ({@code saruar -h catalog} prints the root's usage, which lists every command).
     */
    static Optional<Class<?>> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--") || ROOT_ANSWERS.contains(a)) {
                return Optional.empty();
            }
            if (a.equals("--lang")) {
                i++; // its value
                continue;
            }
            if (a.startsWith("-")) {
                continue;
            }
            for (Class<?> c : SUBCOMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (c != CommandLine.HelpCommand.class
                        && (command.name().equals(a) || Arrays.asList(command.aliases()).contains(a))) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static CommandLine build(CommandLine.IFactory factory, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new SaruarCli(), factory);
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
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
