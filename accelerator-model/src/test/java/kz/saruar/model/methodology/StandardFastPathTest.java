package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.common.collect.ImmutableList;
import java.net.URL;
import java.util.Arrays;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.plugin.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, cold start: {@link Methodology#standard()} rebuilds the standard file's document from
 * its compiled form ({@link StandardMethodologyForm}) and skips the checks the tests prove here, so
 * it must be exactly the value the full validating loader (strict reader, structure check,
 * databind, FMT-02/DEF-03… checks) gives.
 */
class StandardFastPathTest {

    private static void assertSame(Outcome<Methodology> fast, Outcome<Methodology> validated) {
        assertThat(validated.reasons()).isEmpty();
        assertThat(fast.reasons()).isEmpty();
        Methodology f = fast.orElseThrow();
        Methodology v = validated.orElseThrow();
        assertThat(f.document()).isEqualTo(v.document());
        assertThat(f.scoring()).isEqualTo(v.scoring());
        assertThat(f.directions()).isEqualTo(v.directions());
        for (Direction d : v.directions()) {
            assertThat(f.directionSource(d.code())).isEqualTo(v.directionSource(d.code()));
        }
        assertThat(f.warnings()).isEqualTo(v.warnings());
        assertThat(f.toJson()).isEqualTo(v.toJson());
        assertThat(f.toString()).isEqualTo(v.toString());
    }

    @Test
    void FMT_01_the_standard_methodology_equals_what_the_validating_loader_gives_for_its_file() {
        MethodologyLoader loader = Methodology.loader().withoutDiscovery();
        assertSame(loader.standard(), MethodologyTrees.validatedStandard(loader));
    }

    @Test
    void FMT_01_methodology_standard_with_discovery_equals_the_validated_file() {
        assertSame(Outcome.accepted(Methodology.standard()), MethodologyTrees.validatedStandard(MethodologyLoader.create()));
    }

    @Test
    void FMT_01_every_record_of_the_document_is_equal_not_only_the_whole() {
        // BigDecimal equality sees the scale: 1.0 and 1 would differ (LFT-04 coverage ratio, ACC-02 hours)
        MethodologyDocument f = Methodology.loader().withoutDiscovery().standard().orElseThrow().document();
        MethodologyDocument v = MethodologyTrees.validatedStandard(Methodology.loader().withoutDiscovery())
                .orElseThrow().document();
        assertThat(f.ledger().coverageRatio()).isEqualTo(v.ledger().coverageRatio());
        assertThat(f.acceleration().defaultModuleHours()).isEqualTo(v.acceleration().defaultModuleHours());
        assertThat(f.acceleration().modules()).isEqualTo(v.acceleration().modules());
        assertThat(f.rules()).isEqualTo(v.rules());
        assertThat(f.maturity()).isEqualTo(v.maturity());
        assertThat(f.defense()).isEqualTo(v.defense());
        assertThat(f.rules().get(0).title().translated()).isEqualTo(v.rules().get(0).title().translated());
    }

    @Test
    void CAT_02_with_a_plugin_direction_the_standard_equals_the_validated_file() {
        MethodologyLoader loader = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(DirectionPluginsTest.provider("region:almaty", 0, "URBANISM"));
        assertSame(loader.standard(), MethodologyTrees.validatedStandard(loader));
        assertThat(loader.standard().orElseThrow().directionSource("URBANISM")).contains("region:almaty");
    }

    @Test
    void CAT_02_a_plugin_repeating_a_standard_code_is_refused_with_the_validating_loaders_reasons() {
        MethodologyLoader loader = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(DirectionPluginsTest.provider("region:shymkent", 0, "ECOLOGY"));
        Outcome<Methodology> fast = loader.standard();
        assertThat(fast.accepted()).isFalse();
        assertThat(fast.reasons()).isEqualTo(MethodologyTrees.validatedStandard(loader).reasons());
    }

    @Test
    void FMT_01_the_standard_builder_and_json_still_start_from_the_files_tree() {
        Methodology standard = Methodology.standard();
        assertThat(standard.toBuilder().build().document()).isEqualTo(standard.document());
        assertThat(Methodology.loader().parse(standard.toJson()).orElseThrow().document()).isEqualTo(standard.document());
    }

    @Test
    void FMT_01_the_standard_methodologys_own_json_parses_to_it_without_being_validated_again() {
        Methodology standard = Methodology.standard();
        // what the short cut skips, the validating loader with discovery, gives the same value
        assertSame(Outcome.accepted(standard), Methodology.loader().parse(standard.toJson()));
        assertThat(Methodology.parse(standard.toJson()).orElseThrow()).isSameAs(standard);
        // any other text is read and checked: another id, or a broken document
        String other = standard.toJson().replaceFirst("\"KIOR_2020\"", "\"OTHER_2020\"");
        assertThat(Methodology.parse(other).orElseThrow().id()).isEqualTo("OTHER_2020");
        assertThat(Methodology.parse(standard.toJson().replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : \"one\""))
                .accepted()).isFalse();
    }

    // -- the compiled form: read back equal, used only for its own JSON, refused when damaged -------

    private static byte[] json() throws Exception {
        try (var in = MethodologyLoader.class.getResourceAsStream(MethodologyLoader.STANDARD_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static MethodologyDocument validated() {
        return MethodologyTrees.validatedStandard(Methodology.loader().withoutDiscovery()).orElseThrow().document();
    }

    @Test
    void FMT_01_the_compiled_form_in_the_jar_is_the_one_of_the_json_in_the_jar() {
        // a stale form would be skipped (correct but slow): regenerate with -Dsaruar.regenerate=true
        assertThat(StandardMethodologyForm.read()).as("the compiled standard methodology is up to date")
                .contains(validated());
    }

    @Test
    void FMT_01_the_compiled_form_reads_back_to_the_validated_document() throws Exception {
        byte[] json = json();
        byte[] form = StandardMethodologyForm.write(validated(), json);
        assertThat(StandardMethodologyForm.read(form, json)).contains(validated());
    }

    @Test
    void FMT_01_a_form_compiled_from_another_json_file_is_not_used() throws Exception {
        byte[] json = json();
        byte[] form = StandardMethodologyForm.write(validated(), json);
        byte[] edited = json.clone();
        edited[edited.length / 2] ^= 1;
        assertThat(StandardMethodologyForm.read(form, edited)).isEmpty();
        assertThat(StandardMethodologyForm.read(form, Arrays.copyOf(json, json.length + 1))).isEmpty();
        byte[] notAForm = form.clone();
        notAForm[0] = 'X';
        assertThat(StandardMethodologyForm.read(notAForm, json)).isEmpty();
    }

    @Test
    void FMT_01_a_truncated_form_is_refused_never_half_read() throws Exception {
        byte[] json = json();
        byte[] form = StandardMethodologyForm.write(validated(), json);
        assertThatThrownBy(() -> StandardMethodologyForm.read(Arrays.copyOf(form, form.length - 7), json))
                .isInstanceOf(SaruarException.class).hasMessageContaining("does not read at byte");
    }

    @Test
    void FMT_01_a_form_with_bytes_after_the_document_is_refused() throws Exception {
        byte[] json = json();
        byte[] form = StandardMethodologyForm.write(validated(), json);
        assertThatThrownBy(() -> StandardMethodologyForm.read(Arrays.copyOf(form, form.length + 2), json))
                .isInstanceOf(SaruarException.class).hasMessageContaining("2 bytes after the document");
    }

    @Test
    void FMT_01_a_form_whose_values_break_a_record_is_refused() throws Exception {
        byte[] json = json();
        byte[] form = StandardMethodologyForm.write(validated(), json);
        // the first value after the header is schemaVersion; then the id's length: make it absurd
        byte[] broken = form.clone();
        broken[16] = 0x7f;
        assertThatThrownBy(() -> StandardMethodologyForm.read(broken, json)).isInstanceOf(SaruarException.class);
    }

    // -- jackson stays unloaded -----------------------------------------------------------

    /** A class loader over the library's jars that records every class it defines. */
    private static final class Recording extends URLClassLoader {
        final List<String> loaded = Collections.synchronizedList(new ArrayList<>());

        Recording(URL[] urls) {
            super("recording", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = super.findClass(name);
            loaded.add(name);
            return c;
        }
    }

    private static URL jarOf(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The library's classes packed as its jar is, so that the form is checked against the JSON's jar entry. */
    private static URL packed(URL classes, Path dir) throws Exception {
        Path root = Path.of(classes.toURI());
        Path jar = dir.resolve("accelerator-model.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(root.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar.toUri().toURL();
    }

    @Test
    void FMT_01_the_standard_methodology_loads_no_jackson_class(@TempDir Path dir) throws Exception {
        URL[] runtime = {packed(jarOf(Methodology.class), dir), jarOf(Plugins.class), jarOf(ImmutableList.class),
                jarOf(com.fasterxml.jackson.core.JsonFactory.class), jarOf(ObjectMapper.class),
                jarOf(com.fasterxml.jackson.annotation.JsonCreator.class), jarOf(Jdk8Module.class),
                jarOf(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class),
                jarOf(org.slf4j.LoggerFactory.class)};
        try (Recording loader = new Recording(runtime)) {
            Class<?> methodology = Class.forName(Methodology.class.getName(), true, loader);
            Object standard = methodology.getMethod("standard").invoke(null);
            assertThat(standard.toString()).startsWith("Methodology[KIOR_2020");
            assertThat(loader.loaded).contains(StandardMethodologyForm.class.getName());
            assertThat(loader.loaded).noneMatch(n -> n.startsWith("com.fasterxml.jackson."));
            assertThat(loader.loaded).noneMatch(n -> n.startsWith("org.slf4j."));

            // the recorder sees databind once the tree is asked for: the check above can fail
            methodology.getMethod("toJson").invoke(standard);
            assertThat(loader.loaded).anyMatch(n -> n.startsWith("com.fasterxml.jackson.databind."));
        }
    }
}
