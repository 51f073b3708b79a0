package kz.saruar.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules' {@code module-info.java} files agree with the build and the sources (they
 * are only compiled, never run, by the classpath tests; jpms-consumer runs them): each library
 * module has one, named as its pom's Automatic-Module-Name, exporting every main package (every
 * package is API today; an internal package is listed in {@link #INTERNAL}), opening every package
 * to Jackson when it opens one, and providing exactly the classes its {@code META-INF/services}
 * files list.
 */
class ModuleDescriptorTest {
    /** Modules that are applications or tools, not libraries: no descriptor required. */
    private static final List<String> NOT_LIBRARIES = List.of("examples", "benchmarks", "bom", "jpms-consumer");
    /** Packages deliberately not exported (none today); a qualified {@code exports … to} also counts as exported. */
    private static final List<String> INTERNAL = List.of();
    private static final String JACKSON = "com.fasterxml.jackson.databind";

    record Descriptor(String name, TreeSet<String> exports, TreeSet<String> opensToJackson,
            Map<String, TreeSet<String>> provides) {
    }

    static Descriptor parse(String source) {
        String s = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher name = Pattern.compile("\\bmodule\\s+([\\w.]+)\\s*\\{").matcher(s);
        assertThat(name.find()).as("a module declaration").isTrue();
        TreeSet<String> exports = new TreeSet<>();
        Matcher e = Pattern.compile("\\bexports\\s+([\\w.]+)[^;]*;").matcher(s);
        while (e.find()) {
            exports.add(e.group(1));
        }
        TreeSet<String> opens = new TreeSet<>();
        Matcher o = Pattern.compile("\\bopens\\s+([\\w.]+)\\s+to\\s+([^;]+);").matcher(s);
        while (o.find()) {
            if (List.of(o.group(2).split("\\s*,\\s*")).contains(JACKSON)) {
                opens.add(o.group(1));
            }
        }
        Map<String, TreeSet<String>> provides = new TreeMap<>();
        Matcher p = Pattern.compile("\\bprovides\\s+([\\w.$]+)\\s+with\\s+([^;]+);").matcher(s);
        while (p.find()) {
            provides.computeIfAbsent(p.group(1), k -> new TreeSet<>())
                    .addAll(List.of(p.group(2).trim().split("\\s*,\\s*")));
        }
        return new Descriptor(name.group(1), exports, opens, provides);
    }

    /** Everything wrong with one module's descriptor, as sentences. */
    static List<String> problems(Path module) throws IOException {
        List<String> problems = new ArrayList<>();
        Path sources = module.resolve("src/main/java");
        Path info = sources.resolve("module-info.java");
        if (!Files.exists(info)) {
            return List.of(module.getFileName() + " has no src/main/java/module-info.java");
        }
        Descriptor d = parse(Files.readString(info, StandardCharsets.UTF_8));
        automaticModuleName(module).filter(n -> !n.equals(d.name())).ifPresent(n -> problems.add(
                module.getFileName() + ": module " + d.name() + " is not named as the pom's Automatic-Module-Name " + n));
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java"))
                    .forEach(f -> packages.add(sources.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".")));
        }
        for (String pkg : packages) {
            if (!d.exports().contains(pkg) && !INTERNAL.contains(pkg)) {
                problems.add(module.getFileName() + ": package " + pkg + " is not exported (add `exports " + pkg
                        + ";` to module-info.java, or list it in INTERNAL with a reason)");
            }
            if (!d.opensToJackson().isEmpty() && !d.opensToJackson().contains(pkg)) {
                problems.add(module.getFileName() + ": package " + pkg + " is not opened to Jackson like the module's"
                        + " other packages (add `opens " + pkg + " to " + JACKSON + ";`)");
            }
        }
        Map<String, TreeSet<String>> services = new TreeMap<>();
        Path dir = module.resolve("src/main/resources/META-INF/services");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    TreeSet<String> impls = new TreeSet<>();
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        String l = line.replaceAll("#.*", "").trim();
                        if (!l.isEmpty()) {
                            impls.add(l);
                        }
                    }
                    services.put(f.getFileName().toString(), impls);
                }
            }
        }
        if (!services.equals(d.provides())) {
            problems.add(module.getFileName() + ": `provides` " + d.provides() + " differ from META-INF/services " + services);
        }
        return problems;
    }

    private static Optional<String> automaticModuleName(Path module) throws IOException {
        Matcher m = Pattern.compile("<saruar\\.module\\.name>([^<]+)</saruar\\.module\\.name>")
                .matcher(Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8));
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    @Test
    void every_library_module_declares_its_api_and_its_providers() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Stream<Path> modules = Files.list(PackageInfoTest.ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().toList()) {
                if (!NOT_LIBRARIES.contains(module.getFileName().toString())) {
                    checked.add(module.getFileName().toString());
                    problems.addAll(problems(module));
                }
            }
        }
        assertThat(checked).as("modules checked").contains("spi", "accelerator-model", "ledger", "cohort", "community");
        assertThat(problems).isEmpty();
    }

    @Test
    void an_unexported_package_a_missing_opens_and_an_undeclared_provider_are_found(@TempDir Path tmp) throws IOException {
        Path module = tmp.resolve("m");
        Files.createDirectories(module.resolve("src/main/java/kz/saruar/x/y"));
        Files.writeString(module.resolve("pom.xml"), "<saruar.module.name>kz.saruar.x</saruar.module.name>");
        Files.writeString(module.resolve("src/main/java/kz/saruar/x/A.java"), "package kz.saruar.x; public class A {}");
        Files.writeString(module.resolve("src/main/java/kz/saruar/x/y/B.java"), "package kz.saruar.x.y; public class B {}");
        Files.createDirectories(module.resolve("src/main/resources/META-INF/services"));
        Files.writeString(module.resolve("src/main/resources/META-INF/services/kz.saruar.spi.S"), "# one\nkz.saruar.x.A\n");
        Files.writeString(module.resolve("src/main/java/module-info.java"), """
                /** X. */
                module kz.saruar.x {
                    exports kz.saruar.x; // exports kz.saruar.x.y;
                    opens kz.saruar.x to com.fasterxml.jackson.databind;
                }
                """);
        assertThat(problems(module)).containsExactly(
                "m: package kz.saruar.x.y is not exported (add `exports kz.saruar.x.y;` to module-info.java, or list it"
                        + " in INTERNAL with a reason)",
                "m: package kz.saruar.x.y is not opened to Jackson like the module's other packages (add `opens"
                        + " kz.saruar.x.y to com.fasterxml.jackson.databind;`)",
                "m: `provides` {} differ from META-INF/services {kz.saruar.spi.S=[kz.saruar.x.A]}");
        Files.writeString(module.resolve("src/main/java/module-info.java"), """
                module kz.saruar.other {
                    exports kz.saruar.x;
                    exports kz.saruar.x.y to kz.saruar.z;
                    provides kz.saruar.spi.S with kz.saruar.x.A;
                }
                """);
        assertThat(problems(module)).containsExactly(
                "m: module kz.saruar.other is not named as the pom's Automatic-Module-Name kz.saruar.x");
    }
}
