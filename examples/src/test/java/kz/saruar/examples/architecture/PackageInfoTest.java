package kz.saruar.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main code of every module (examples and benchmarks included) has a
 * {@code package-info.java} that says what it is and declares the null policy (ARCHITECTURE.md
 * conventions: no nulls in public API, absent values are {@code Optional}).
 */
class PackageInfoTest {
    static final Path ROOT = Path.of("..");

    /** The folders under some module's {@code src/main/java} that hold Java sources. */
    static List<Path> mainPackages(Path root) throws IOException {
        TreeSet<Path> dirs = new TreeSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    // module-info.java sits in the source root, which is no package
                    files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java"))
                            .forEach(f -> dirs.add(f.getParent()));
                }
            }
        }
        return new ArrayList<>(dirs);
    }

    static List<String> packagesWithoutNullPolicy(Path root) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path dir : mainPackages(root)) {
            Path info = dir.resolve("package-info.java");
            if (!Files.exists(info) || !Files.readString(info, StandardCharsets.UTF_8).contains("Null policy:")) {
                missing.add(root.relativize(dir).toString());
            }
        }
        return missing;
    }

    @Test
    void every_main_package_of_every_module_declares_its_null_policy() throws IOException {
        assertThat(mainPackages(ROOT)).as("packages found").hasSizeGreaterThan(40);
        assertThat(packagesWithoutNullPolicy(ROOT)).as("packages without a package-info.java stating the null policy")
                .isEmpty();
    }

    @Test
    void a_package_without_package_info_is_found(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("m/src/main/java/kz/saruar/x"));
        Files.writeString(pkg.resolve("A.java"), "package kz.saruar.x; class A {}");
        assertThat(packagesWithoutNullPolicy(tmp)).containsExactly(Path.of("m/src/main/java/kz/saruar/x").toString());
        Files.writeString(pkg.resolve("package-info.java"), "/** X.\n * <p>Null policy: none. */\npackage kz.saruar.x;");
        assertThat(packagesWithoutNullPolicy(tmp)).isEmpty();
    }
}
