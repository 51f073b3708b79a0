package kz.saruar.model.methodology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.saruar.model.RuleId;

/**
 * Where the sources of every module cite each rule (docs/rules.md: code and tests cite rule IDs):
 * the main files and test files that name {@code DEF-06}, {@code DEF_06} or {@code Rules.DEF_06},
 * and the test methods whose names carry the ID ({@code DEF_06_pass_threshold_...}).
 */
record RuleTrace(Map<RuleId, Set<String>> code, Map<RuleId, Set<String>> tests, Map<RuleId, Set<String>> testMethods) {
    /** A rule ID as text ({@code DEF-06}) or as a Java name ({@code DEF_06}), not part of a longer word or number. */
    static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{3})[-_](\\d{2})(?!\\d)");
    /** A method declaration whose name holds rule IDs. */
    static final Pattern METHOD = Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(");
    /**
     * Files that name rule IDs as examples or all at once, not as a rule they apply: the ID type, the
     * generated constants, the generator of the rule book and this tracing and its test.
     */
    static final Set<String> NOT_CITING = Set.of(
            "accelerator-model/src/main/java/kz/saruar/model/RuleId.java",
            "accelerator-model/src/main/java/kz/saruar/model/Rules.java",
            "accelerator-model/src/main/java/kz/saruar/model/methodology/ReferenceDocs.java",
            "accelerator-model/src/test/java/kz/saruar/model/methodology/RuleTrace.java",
            "accelerator-model/src/test/java/kz/saruar/model/methodology/RuleTraceabilityTest.java");

    /** Scans every module under {@code root} (the repository). */
    static RuleTrace scan(Path root) {
        Map<RuleId, Set<String>> code = new TreeMap<>();
        Map<RuleId, Set<String>> tests = new TreeMap<>();
        Map<RuleId, Set<String>> methods = new TreeMap<>();
        for (Path file : javaFiles(root)) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            if (NOT_CITING.contains(rel)) {
                continue;
            }
            boolean test = rel.contains("/src/test/java/");
            String text = read(file);
            Matcher m = ID.matcher(text);
            while (m.find()) {
                (test ? tests : code).computeIfAbsent(RuleId.of(m.group(1) + "-" + m.group(2)), k -> new TreeSet<>()).add(rel);
            }
            if (test) {
                Matcher mm = METHOD.matcher(text);
                while (mm.find()) {
                    Matcher id = ID.matcher(mm.group(1));
                    while (id.find()) {
                        methods.computeIfAbsent(RuleId.of(id.group(1) + "-" + id.group(2)), k -> new TreeSet<>())
                                .add(rel + "#" + mm.group(1));
                    }
                }
            }
        }
        return new RuleTrace(code, tests, methods);
    }

    private static List<Path> javaFiles(Path root) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                for (String kind : List.of("src/main/java", "src/test/java")) {
                    Path dir = module.resolve(kind);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> s = Files.walk(dir)) {
                            s.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules the library implements: those its main code cites. */
    Set<RuleId> implemented() {
        return code.keySet();
    }

    /** Implemented rules that no test method names. */
    Set<RuleId> implementedWithoutNamedTest() {
        Set<RuleId> missing = new TreeSet<>(code.keySet());
        missing.removeAll(testMethods.keySet());
        return missing;
    }

    /** The lines under each rule in docs/rules.md: links to the files of its code and tests, by module. */
    Map<RuleId, String> links() {
        Map<RuleId, String> out = new TreeMap<>();
        Set<RuleId> all = new TreeSet<>(code.keySet());
        all.addAll(tests.keySet());
        for (RuleId id : all) {
            StringBuilder b = new StringBuilder();
            b.append("- code: ").append(list(code.getOrDefault(id, Set.of()))).append("\n");
            b.append("- tests: ").append(list(tests.getOrDefault(id, Set.of()))).append("\n");
            out.put(id, b.toString());
        }
        return out;
    }

    private static String list(Set<String> files) {
        if (files.isEmpty()) {
            return "none";
        }
        Map<String, List<String>> byModule = new TreeMap<>();
        for (String f : files) {
            String module = f.substring(0, f.indexOf('/'));
            String name = f.substring(f.lastIndexOf('/') + 1).replace(".java", "");
            byModule.computeIfAbsent(module, k -> new ArrayList<>()).add("[" + name + "](../" + f + ")");
        }
        List<String> parts = new ArrayList<>();
        byModule.forEach((module, links) -> parts.add("`" + module + "` " + String.join(", ", links)));
        return String.join("; ", parts);
    }
}
