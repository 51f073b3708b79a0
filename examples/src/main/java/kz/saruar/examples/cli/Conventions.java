package kz.saruar.examples.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command line's one convention for what goes wrong before or around a command: a misuse
 * (missing or unknown argument, a bad value, options that exclude each other) and an unexpected
 * failure are printed in the chosen language — or as a {@code DecisionJson} refusal under
 * {@code --json} — without a Java class name, and exit {@link ExitCodes#UNREADABLE} (2).
 */
public final class Conventions {
    private Conventions() {
    }

    /** Installs the handlers on a command line (after its subcommands are added). */
    public static CommandLine apply(CommandLine cl) {
        cl.setParameterExceptionHandler(Conventions::misuse);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine));
        return cl;
    }

    private static int misuse(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName(" ");
        LocalizedText text = text(ex);
        Lang lang = lang(args);
        boolean json = Arrays.asList(args).contains("--json");
        Reason r = Reason.of("USAGE", Rules.FMT_01, command, text);
        if (json) {
            Problems.report(List.of(r), "", lang.language(), true, cl.getOut(), cl.getErr());
        } else {
            cl.getErr().println(text.get(lang.language()));
            cl.getErr().println(CliText.USAGE_HINT.get(lang.language(), command));
            cl.getErr().flush();
        }
        return ExitCodes.UNREADABLE;
    }

    private static int failure(Exception ex, CommandLine cl) {
        Console c = Console.of(cl.getCommandSpec());
        String command = cl.getCommandSpec().qualifiedName(" ");
        Reason r = Reason.of("INTERNAL", Rules.FMT_01, command, CliText.INTERNAL_ERROR.text(command, Console.clean(ex.getMessage())));
        return c.refuse(List.of(r), ExitCodes.UNREADABLE);
    }

    /** The misuse in kk/ru/en. */
    static LocalizedText text(ParameterException ex) {
        if (ex instanceof UsageProblem u) {
            return u.text();
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return CliText.MISSING_ARGUMENT.text(m.getMissing().stream().map(Conventions::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return CliText.UNKNOWN_ARGUMENT.text(String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return CliText.OPTION_REPEATED.text(name(o.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return expected(arg).map(e -> CliText.INVALID_VALUE_EXPECTED.text(name(arg), ex.getValue(), e))
                    .orElseGet(() -> CliText.INVALID_VALUE.text(name(arg), ex.getValue()));
        }
        return CliText.USAGE_OTHER.text(Console.clean(ex.getMessage()));
    }

    private static java.util.Optional<LocalizedText> expected(ArgSpec arg) {
        Class<?> t = arg.type();
        if (t == LocalDate.class || arg.auxiliaryTypes().length > 0 && arg.auxiliaryTypes()[0] == LocalDate.class) {
            return java.util.Optional.of(CliText.EXPECTED_DATE.text());
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return java.util.Optional.of(CliText.EXPECTED_INTEGER.text());
        }
        if (t.isEnum()) {
            String values = Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return java.util.Optional.of(CliText.EXPECTED_ONE_OF.text(values));
        }
        return java.util.Optional.empty();
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return a instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(a);
    }

    /** The {@code --lang} of the raw arguments (the parse may have stopped before it), else the default. */
    private static Lang lang(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null) {
                for (Lang l : Lang.values()) {
                    if (l.name().equals(v.toLowerCase(Locale.ROOT))) {
                        return l;
                    }
                }
            }
        }
        return Lang.DEFAULT;
    }
}
