package kz.saruar.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample files the jar ships ({@code src/main/resources/samples}), for tests: as text, or copied into a test's directory. */
public final class Samples {
    /** Where the samples are, relative to the module (the tests' working directory). */
    public static final Path DIR = Path.of("src/main/resources/samples");

    private Samples() {
    }

    /** The sample's text (UTF-8). */
    public static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample copied into {@code dir} under its own name (a test may change the copy). */
    public static Path copy(String name, Path dir) {
        try {
            return Files.copy(DIR.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
