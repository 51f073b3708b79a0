package kz.saruar.examples.cli;

import kz.saruar.examples.cli.main.SaruarCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command line in memory and keeps its exit code, stdout and stderr, for tests. */
public record CliRunner(int exitCode, String out, String err) {
    /** Runs {@code saruar ARGS…}. */
    public static CliRunner saruar(String... args) {
        return run(SaruarCli.commandLine(), args);
    }

    /** Runs any command line. */
    public static CliRunner run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
