package kz.saruar.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts {@link ModularConsumer} in a child JVM with {@code java --module-path … -m
 * kz.saruar.consumer/…}, the module path being this module's classes and its runtime dependencies
 * as the reactor resolved them (written by maven-dependency-plugin to target/module-path.txt). A
 * package a module forgets to export fails the compilation of this module; a forgotten
 * {@code provides}, {@code uses} or Jackson {@code opens} fails a check below.
 */
class ModulePathTest {
    private static final List<String> MODULES = List.of("kz.saruar.cohort", "kz.saruar.community",
            "kz.saruar.consumer", "kz.saruar.jqwik", "kz.saruar.ledger", "kz.saruar.model", "kz.saruar.scheduling",
            "kz.saruar.scoring", "kz.saruar.simulation", "kz.saruar.spi", "kz.saruar.spi.testkit",
            "kz.saruar.storage.postgresql");

    private static Map<String, String> lines;

    @BeforeAll
    static void runOnTheModulePath() throws IOException, InterruptedException {
        Path classes = Path.of(property("saruar.consumer.classes"));
        String dependencies = Files.readString(Path.of(property("saruar.consumer.modulepath"))).strip();
        Path target = classes.getParent();
        Path stdout = target.resolve("module-path-consumer.out");
        Path stderr = target.resolve("module-path-consumer.err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "--module-path", classes + File.pathSeparator + dependencies,
                "-m", "kz.saruar.consumer/kz.saruar.consumer.ModularConsumer")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the modular consumer did not finish within 120 s");
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "the modular consumer failed:\n" + out + "\n" + err);
        lines = new LinkedHashMap<>();
        out.lines().filter(l -> l.contains(": ")).forEach(l -> lines.put(l.substring(0, l.indexOf(": ")),
                l.substring(l.indexOf(": ") + 2)));
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run this test with Maven");
        }
        return v;
    }

    private static String line(String key) {
        String v = lines.get(key);
        assertTrue(v != null, () -> "no line \"" + key + ": …\" in " + lines);
        return v;
    }

    @Test
    void every_library_module_is_an_explicit_module_named_as_its_automatic_module_name() {
        assertEquals("kz.saruar.consumer", line("consumer module"));
        assertEquals(MODULES.toString(), line("saruar modules"));
    }

    @Test
    void CAT_01_the_standard_methodology_loads_from_its_module() {
        assertTrue(line("standard methodology").startsWith("KIOR_2020, "), line("standard methodology"));
        assertTrue(line("standard methodology").endsWith("pass threshold 75"), line("standard methodology"));
    }

    @Test
    void CAT_02_plugins_in_other_modules_are_found_through_provides_and_uses() {
        assertEquals("[consumer:module-path]", line("direction providers"));
        assertEquals("[saruar-community-ikigai]", line("document providers"));
        assertEquals("[saruar-file, saruar-memory, saruar-postgresql]", line("storage providers"));
        assertEquals("0", line("plugin warnings"));
        assertEquals("[INCLUSIVE_SOCIETY, NON_FORMAL_EDUCATION, TOURISM, CULTURE_ART_SPORT, ECOLOGY, PROJECT_THINKING, "
                + ModulePathDirections.CODE + "]", line("directions with plugins"));
    }

    @Test
    void LFT_04_a_transfer_on_the_memory_store_found_by_the_service_loader() {
        assertEquals("project 380, participant 120, verified true, records 7", line("ledger"));
    }

    @Test
    void DEF_06_a_defense_decision_read_from_json_and_written_as_json() {
        assertEquals("total 84, band MEDIUM, passed true", line("defense decision"));
        assertEquals("true", line("protocol json has total"));
    }

    @Test
    void APP_11_working_days_on_the_built_in_calendar() {
        assertEquals("2026-04-01", line("working days"));
    }

    @Test
    void APP_03_a_cohort_journal_written_and_replayed_with_jackson() {
        assertEquals("modular-2026 replayed to position 2, {APPLIED=[P-01]}", line("cohort"));
    }

    @Test
    void CAT_08_a_document_from_a_plugin_template() {
        assertEquals("saruar-community-ikigai, # Ikigai of a social initiative: Village library", line("ikigai document"));
    }
}
