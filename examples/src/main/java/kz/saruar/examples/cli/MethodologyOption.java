package kz.saruar.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.MethodologyResult;
import picocli.CommandLine.Option;

/** The {@code --methodology FILE} option that every command shares; the standard one by default. */
public final class MethodologyOption {
    @Option(names = "--methodology", paramLabel = "FILE",
            description = "A methodology file (default: the standard 2020 methodology).")
    Path file;

    /** The chosen methodology, or the problems of the file. */
    public MethodologyResult resolve() {
        return file == null ? new MethodologyResult.Valid(Methodology.standard()) : Methodology.loader().load(file);
    }

    /** The file given, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
