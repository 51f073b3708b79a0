package kz.saruar.model.methodology;

import static kz.saruar.model.GeneratedFile.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed reference files (the rule book {@code docs/rules.md}, the rule ID constants
 * {@code kz.saruar.model.Rules}, the JSON Schema in the jar and the compiled standard methodology)
 * are what the data and the records generate; run with {@code -Dsaruar.regenerate=true} to
 * rewrite them after changing either.
 */
class GeneratedReferenceTest {
    static final Path SCHEMA = Path.of("src/main/resources/kz/saruar/model/methodology.schema.json");
    static final Path RULES = Path.of("../docs/rules.md");
    static final Path COMPILED = Path.of("src/main/resources" + StandardMethodologyForm.RESOURCE);

    @Test
    void FMT_01_the_shipped_json_schema_is_generated_from_the_records() throws IOException {
        check(SCHEMA, ReferenceDocs.methodologySchema());
    }

    @Test
    void FMT_01_the_rule_book_is_generated_from_the_standard_methodology() throws IOException {
        // each rule links the files of every module that cite it (RuleTrace scans the repository)
        check(RULES, ReferenceDocs.rulesMarkdown(Methodology.loader().withoutDiscovery().standard().orElseThrow(),
                RuleTrace.scan(Path.of("..")).links()));
    }

    @Test
    void FMT_01_the_rule_id_constants_are_generated_from_the_rule_book() throws IOException {
        check(Path.of(ReferenceDocs.RULES_JAVA), ReferenceDocs.rulesJava(Methodology.loader().withoutDiscovery().standard().orElseThrow()));
    }

    @Test
    void FMT_01_the_compiled_standard_methodology_is_generated_from_the_validated_file() throws IOException {
        // issue 13, cold start: Methodology.standard() reads this instead of parsing the JSON
        byte[] json = Files.readAllBytes(Path.of("src/main/resources" + MethodologyLoader.STANDARD_RESOURCE));
        MethodologyDocument validated = MethodologyTrees.validatedStandard(Methodology.loader().withoutDiscovery())
                .orElseThrow().document();
        byte[] expected = StandardMethodologyForm.write(validated, json);
        if (Boolean.getBoolean("saruar.regenerate")) {
            Files.write(COMPILED, expected);
        }
        assertThat(COMPILED).as("%s exists (regenerate with -Dsaruar.regenerate=true)", COMPILED).exists();
        assertThat(Files.readAllBytes(COMPILED))
                .as("%s is out of date: run the tests once with -Dsaruar.regenerate=true and commit it", COMPILED)
                .isEqualTo(expected);
    }

    @Test
    void FMT_01_the_schema_ships_in_the_jar() throws IOException {
        try (var in = MethodologyLoader.class.getResourceAsStream(MethodologyLoader.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ReferenceDocs.methodologySchema());
        }
    }
}
