package kz.saruar.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code saruar} command that does work (FMT-01: one convention on every command): it owns its
 * picocli spec and runs with its {@link Console} — the inherited {@code --lang}/{@code --json} and
 * the output streams — returning one of the {@link ExitCodes}.
 */
public abstract class CliCommand implements Callable<Integer> {
    /** The command as picocli parsed it (its command line, options and streams). */
    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(Console.of(spec));
    }

    /** Does the command's work, printing through {@code c}; returns its exit code. */
    protected abstract int run(Console c) throws Exception;
}
