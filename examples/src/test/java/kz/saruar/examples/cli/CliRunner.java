package kz.saruar.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.saruar.examples.cli.main.SaruarCli;
import picocli.CommandLine;

/** Runs a command line in memory, built for its arguments as {@code main} builds it, and keeps its exit code, stdout and stderr, for tests. */
public record CliRunner(int exitCode, String out, String err) {
    /** Commands whose tests were written against their English output (their default before --lang was global). */
    private static final Set<String> ENGLISH_TESTS = Set.of("methodology", "score", "ledger", "cohort", "simulate");

    /** Runs {@code saruar ARGS…}. */
    public static CliRunner saruar(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && ENGLISH_TESTS.contains(all.get(0)) && !all.contains("--lang")) {
            all.add("--lang");
            all.add("en");
        }
        String[] a = all.toArray(String[]::new);
        return execute(SaruarCli.commandLine(CommandLine.defaultFactory(), a), a);
    }

    /**
     * Runs a command through the real root ({@code saruar NAME ARGS…}), the given instance standing in
     * for its class (e.g. with a fixed clock), so that the global {@code --lang}/{@code --json} apply;
     * English unless the arguments choose a language, for the tests written against English output.
     */
    public static CliRunner run(CommandLine cl, String... args) {
        Object command = cl.getCommandSpec().userObject();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls.isInstance(command) && cls == command.getClass() ? cls.cast(command)
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        String name = cl.getCommandName();
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(args));
        if (ENGLISH_TESTS.contains(name) && !all.contains("--lang")) {
            all.add("--lang");
            all.add("en");
        }
        String[] a = all.toArray(String[]::new);
        return execute(SaruarCli.commandLine(factory, a), a);
    }

    /** Runs {@code saruar ARGS…} exactly as given (no language added). */
    public static CliRunner exactly(String... args) {
        return execute(SaruarCli.commandLine(CommandLine.defaultFactory(), args), args);
    }

    private static CliRunner execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
