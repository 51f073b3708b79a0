package kz.saruar.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Reason;

/**
 * Inputs the one strict reader does not read (a journal directory, a cohort's location, a file read
 * as bytes): their refusals in the reader's codes and wording — missing, a directory for a file, a
 * file for a directory, unreadable bytes — so that every command says them the same way (exit 2).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** The reason a path that should be a readable file is not, if any. */
    public static Optional<Reason> fileProblem(Path file, RuleId rule) {
        if (!Files.exists(file)) {
            return Optional.of(notFound(file, rule));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(Reason.of("NOT_A_FILE", rule, "$", CliText.NOT_A_FILE.text(file)));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(unreadable(file, rule));
        }
        return Optional.empty();
    }

    /** The reason a path that should be an existing directory is not, if any. */
    public static Optional<Reason> directoryProblem(Path dir, RuleId rule) {
        if (!Files.exists(dir)) {
            return Optional.of(notFound(dir, rule));
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of(Reason.of("NOT_A_DIRECTORY", rule, "$", CliText.NOT_A_DIRECTORY.text(dir)));
        }
        return Optional.empty();
    }

    /** A missing file or directory. */
    public static Reason notFound(Path path, RuleId rule) {
        return Reason.of("FILE_NOT_FOUND", rule, "$", CliText.FILE_NOT_FOUND.text(path));
    }

    /** Bytes that cannot be read. */
    public static Reason unreadable(Path path, RuleId rule) {
        return Reason.of("FILE_UNREADABLE", rule, "$", CliText.FILE_UNREADABLE.text(path));
    }

    /**
     * An output that cannot be written, named by its option (exit 2, like an unreadable input): the
     * same {@code FILE_UNWRITABLE} reason on every command.
     */
    public static List<Reason> cannotWrite(String option, Path path, RuleId rule) {
        return List.of(unwritable(option, rule, CliText.CANNOT_WRITE.text(path)));
    }

    /** The {@code FILE_UNWRITABLE} reason of an output option, saying why. */
    public static Reason unwritable(String option, RuleId rule, kz.saruar.model.LocalizedText why) {
        return Reason.of("FILE_UNWRITABLE", rule, option, why);
    }
}
