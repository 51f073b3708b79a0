package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.plugin.Plugins;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, cold start: {@link Methodology#standard()} binds the standard file with jackson-core's
 * streaming parser and skips the checks the tests prove here, so it must be exactly the value the
 * full validating loader (strict reader, structure check, databind, FMT-02/DEF-03… checks) gives.
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
        assertThat(Methodology.parse(standard.toJson()).orElseThrow().document()).isEqualTo(standard.document());
    }

    // -- the streaming reader refuses what it does not know, never half-reads ----------------------

    private static String withChange(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = MethodologyLoader.standardTree();
        change.accept(tree);
        return new ObjectMapper().registerModule(new Jdk8Module()).writeValueAsString(tree);
    }

    private static MethodologyDocument read(String json) throws Exception {
        return StandardMethodologyReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void FMT_01_the_reader_binds_the_standard_file_written_back_by_databind() throws Exception {
        assertThat(read(withChange(t -> { }))).isEqualTo(Methodology.standard().document());
    }

    @Test
    void FMT_01_an_absent_list_reads_as_empty_as_the_structure_check_normalizes_it() throws Exception {
        String json = withChange(t -> ((ObjectNode) t.get("intake")).remove("openDirections"));
        MethodologyDocument validated = Methodology.loader().withoutDiscovery().parse(json).orElseThrow().document();
        assertThat(validated.intake().openDirections()).isEmpty();
        assertThat(read(json)).isEqualTo(validated);
    }

    @Test
    void FMT_01_the_reader_refuses_an_unknown_field() {
        assertThatThrownBy(() -> read(withChange(t -> ((ObjectNode) t.get("defense")).put("quorumm", 5))))
                .isInstanceOf(SaruarException.class).hasMessageContaining("unknown field \"quorumm\"");
    }

    @Test
    void FMT_01_the_reader_refuses_a_missing_field() {
        assertThatThrownBy(() -> read(withChange(t -> ((ObjectNode) t.get("defense")).remove("jury"))))
                .isInstanceOf(SaruarException.class).hasMessageContaining("jury");
    }

    @Test
    void FMT_01_the_reader_refuses_a_value_of_another_type() {
        assertThatThrownBy(() -> read(withChange(t -> ((ObjectNode) t.get("defense")).put("quorum", "five"))))
                .isInstanceOf(SaruarException.class).hasMessageContaining("VALUE_NUMBER_INT");
    }

    @Test
    void FMT_01_the_reader_refuses_a_duplicate_key() {
        String json = "{\"schemaVersion\":1,\"schemaVersion\":1}";
        assertThatThrownBy(() -> read(json)).hasMessageContaining("Duplicate field 'schemaVersion'");
    }

    // -- jackson-databind stays unloaded -----------------------------------------------------------

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

    @Test
    void FMT_01_the_standard_methodology_loads_no_jackson_databind_class() throws Exception {
        URL[] runtime = {jarOf(Methodology.class), jarOf(Plugins.class), jarOf(ImmutableList.class),
                jarOf(com.fasterxml.jackson.core.JsonFactory.class), jarOf(ObjectMapper.class),
                jarOf(com.fasterxml.jackson.annotation.JsonCreator.class), jarOf(Jdk8Module.class),
                jarOf(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class),
                jarOf(org.slf4j.LoggerFactory.class)};
        try (Recording loader = new Recording(runtime)) {
            Class<?> methodology = Class.forName(Methodology.class.getName(), true, loader);
            Object standard = methodology.getMethod("standard").invoke(null);
            assertThat(standard.toString()).startsWith("Methodology[KIOR_2020");
            assertThat(loader.loaded).contains(StandardMethodologyReader.class.getName());
            assertThat(loader.loaded).noneMatch(n -> n.startsWith("com.fasterxml.jackson.databind."));
            assertThat(loader.loaded).noneMatch(n -> n.startsWith("org.slf4j."));

            // the recorder sees databind once the tree is asked for: the check above can fail
            methodology.getMethod("toJson").invoke(standard);
            assertThat(loader.loaded).anyMatch(n -> n.startsWith("com.fasterxml.jackson.databind."));
        }
    }
}
