package kz.saruar.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.ToIntFunction;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import picocli.CommandLine.Option;

/** The {@code --methodology FILE} option that every command shares; the standard one by default. */
public final class MethodologyOption {
    @Option(names = "--methodology", paramLabel = "FILE",
            description = "A methodology file (default: the standard 2020 methodology).")
    Path file;

    /** The chosen methodology, or the refusal of the file. */
    public Outcome<Methodology> resolve() {
        return file == null ? Outcome.accepted(Methodology.standard()) : Methodology.loader().load(file);
    }

    /** Goes on with the chosen methodology, or prints the file's refusal under its heading and returns its exit code. */
    public int then(Console c, ToIntFunction<Methodology> next) {
        return c.then(resolve(), refusedHeading(c.language()), next);
    }

    /** The heading of a refused methodology file. */
    public String refusedHeading(Language language) {
        return CliText.METHODOLOGY_INVALID.get(language, file().map(Path::toString)
                .orElseGet(() -> CliText.STANDARD.get(language)));
    }

    /** The file given, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
