package kz.saruar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A committed file that the build generates (rule book, schema, compiled methodology, lifecycle
 * diagram): the test fails when it is stale, and {@code -Dsaruar.regenerate=true} rewrites it.
 */
public final class GeneratedFile {
    private GeneratedFile() {
    }

    /** Asserts that {@code file} holds {@code expected}, after writing it when regenerating. */
    public static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("saruar.regenerate")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("%s exists (regenerate with -Dsaruar.regenerate=true)", file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date: run the tests once with -Dsaruar.regenerate=true and commit it", file)
                .isEqualTo(expected);
    }
}
