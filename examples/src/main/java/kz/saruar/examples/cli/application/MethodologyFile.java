package kz.saruar.examples.cli.application;

import java.nio.file.Path;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.MethodologyResult;
import picocli.CommandLine.Option;

/** The {@code --methodology FILE} option of these commands; the standard methodology (APP, MAT, DEF numbers) by default. */
public final class MethodologyFile {
    @Option(names = "--methodology", paramLabel = "FILE",
            description = "A methodology file (default: the standard 2020 methodology).")
    Path file;

    /** The chosen methodology, or the problems of the file. */
    public MethodologyResult resolve() {
        return file == null ? new MethodologyResult.Valid(Methodology.standard()) : Methodology.loader().load(file);
    }
}
