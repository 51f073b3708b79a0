package kz.saruar.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import kz.saruar.model.Language;
import kz.saruar.ledger.StorageFailureText;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One command's console: the chosen {@code --lang} and {@code --json} (inherited from the root, the
 * same default everywhere), its output streams, and the ways a command prints — texts from
 * {@link CliText}, refusals and accepted values in the one {@code DecisionJson} shape.
 *
 * @param spec the command this console prints for
 * @param lang the chosen {@code --lang}
 * @param json whether {@code --json} was given
 * @param out standard output
 * @param err standard error
 */
public record Console(CommandSpec spec, Lang lang, boolean json, PrintWriter out, PrintWriter err) {
    /** A Java class name, qualified or not, ending in Exception or Error, with its colon. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*");

    /** The console of a command: its inherited {@code --lang}/{@code --json} (defaults when run outside the root). */
    public static Console of(CommandSpec spec) {
        OptionSpec l = spec.findOption("--lang");
        OptionSpec j = spec.findOption("--json");
        Lang lang = l == null || l.getValue() == null ? Lang.DEFAULT : (Lang) l.getValue();
        boolean json = j != null && Boolean.TRUE.equals(j.getValue());
        return new Console(spec, lang, json, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The chosen language. */
    public Language language() {
        return lang.language();
    }

    /** A text in the chosen language. */
    public String text(CliText text, Object... arguments) {
        return text.get(language(), arguments);
    }

    /** Prints a text as one line on standard output. */
    public void line(CliText text, Object... arguments) {
        out.println(text(text, arguments));
    }

    /** Prints a refusal (JSON on out, or the reasons on err) and returns its exit code ({@link Problems#exitCode}). */
    public int refuse(List<Reason> reasons) {
        return Problems.report(reasons, "", language(), json, out, err);
    }

    /** Prints a refusal under a heading and returns its exit code. */
    public int refuse(List<Reason> reasons, String heading) {
        return Problems.report(reasons, heading, language(), json, out, err);
    }

    /** Prints a refusal and returns the given exit code. */
    public int refuse(List<Reason> reasons, int exitCode) {
        Problems.report(reasons, "", language(), json, out, err);
        return exitCode;
    }

    /** Prints {@code {"accepted":true,"value":…}} and returns {@link ExitCodes#OK}. */
    public <T> int accepted(T value, Function<? super T, ? extends JsonNode> writer) {
        return Problems.printAccepted(value, writer, language(), out);
    }

    /** Goes on with an accepted value; a refusal is printed ({@link #refuse(List)}) and its exit code returned. */
    public <T> int then(Outcome<T> outcome, ToIntFunction<? super T> next) {
        return then(outcome, "", next);
    }

    /** Goes on with an accepted value; a refusal is printed under {@code heading} (none when empty) and its exit code returned. */
    public <T> int then(Outcome<T> outcome, String heading, ToIntFunction<? super T> next) {
        return outcome.refused() ? refuse(outcome.reasons(), heading) : next.applyAsInt(outcome.orElseThrow());
    }

    /**
     * Prints an outcome the one way: its refusal; under {@code --json} its value as
     * {@code {"accepted":true,"value":…}} by {@code writer} (exit 0); else the value as {@code text} prints it,
     * returning text's exit code.
     */
    public <T> int print(Outcome<T> outcome, Function<? super T, ? extends JsonNode> writer, ToIntFunction<? super T> text) {
        return print(outcome, "", writer, text);
    }

    /** {@link #print(Outcome, Function, ToIntFunction)} with the refusal printed under {@code heading}. */
    public <T> int print(Outcome<T> outcome, String heading, Function<? super T, ? extends JsonNode> writer,
            ToIntFunction<? super T> text) {
        return then(outcome, heading, v -> show(v, writer, text));
    }

    /** Prints a value: under {@code --json} as {@code {"accepted":true,"value":…}} by {@code writer} (exit 0), else as {@code text} prints it. */
    public <T> int show(T value, Function<? super T, ? extends JsonNode> writer, ToIntFunction<? super T> text) {
        return json ? accepted(value, writer) : text.applyAsInt(value);
    }

    /** Flushes the output and returns {@code exitCode}: how a command ends after printing lines. */
    public int done(int exitCode) {
        out.flush();
        err.flush();
        return exitCode;
    }

    /** A message without Java class names (an exception's message may carry its cause's class). */
    public static String clean(String message) {
        return message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").strip();
    }

    /**
     * A storage layer's failure for a user (FMT-03, LFT-06): its own message is English prose, so
     * Kazakh and Russian say what failed in their words — with the damaged record and byte when the
     * store names them as data — and English keeps the message, without class names.
     */
    public static LocalizedText storageFailure(RuntimeException failure) {
        return StorageFailureText.of(failure, clean(failure.getMessage()));
    }
}
