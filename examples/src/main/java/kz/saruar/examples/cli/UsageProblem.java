package kz.saruar.examples.cli;

import kz.saruar.model.LocalizedText;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A misuse of the command line found by a command itself (exit 2), with its kk/ru/en text. */
public final class UsageProblem extends ParameterException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /** The misuse of {@code commandLine}, worded by {@code text} filled with {@code arguments}. */
    public UsageProblem(CommandLine commandLine, CliText text, Object... arguments) {
        super(commandLine, text.get(kz.saruar.model.Language.EN, arguments));
        this.text = text.text(arguments);
    }

    /** The misuse in kk/ru/en. */
    public LocalizedText text() {
        return text;
    }
}
