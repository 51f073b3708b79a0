package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traceability (docs/rules.md: code and tests cite rule IDs): every rule that the library's main
 * code cites is named by at least one test method ({@code DEF_06_...}), and the code cites only
 * rules of the rule book. {@code docs/rules.md} links each rule to these files
 * ({@link GeneratedReferenceTest}).
 */
class RuleTraceabilityTest {
    private static final RuleTrace TRACE = RuleTrace.scan(Path.of(".."));

    @Test
    void every_implemented_rule_is_named_by_a_test_method() {
        assertThat(TRACE.implemented()).as("rules the main code cites").hasSizeGreaterThan(60);
        assertThat(TRACE.implementedWithoutNamedTest())
                .as("rules the main code cites but no test method names (write an example test named after each)")
                .isEmpty();
    }

    @Test
    void the_code_cites_only_rules_of_the_rule_book() {
        // tests may name a made-up ID on purpose (e.g. to show it refused), so only main code is checked
        assertThat(Rules.all()).containsAll(TRACE.implemented());
    }

    @Test
    void a_rule_cited_in_code_but_named_by_no_test_is_reported(@TempDir Path repo) throws IOException {
        Path main = Files.createDirectories(repo.resolve("m/src/main/java/x"));
        Path test = Files.createDirectories(repo.resolve("m/src/test/java/x"));
        Files.writeString(main.resolve("A.java"), "/** Pass threshold (DEF-06); bands (Rules.DEF_07). */ class A {}");
        Files.writeString(test.resolve("ATest.java"), "class ATest { void DEF_07_bands() {} void mentions_DEF_06() {} }");
        RuleTrace trace = RuleTrace.scan(repo);
        assertThat(trace.implemented()).containsExactly(RuleId.of("DEF-06"), RuleId.of("DEF-07"));
        assertThat(trace.implementedWithoutNamedTest()).isEmpty();

        Files.writeString(test.resolve("ATest.java"), "class ATest { void bands() { /* DEF-06, DEF_07 */ } }");
        assertThat(RuleTrace.scan(repo).implementedWithoutNamedTest()).containsExactly(RuleId.of("DEF-06"), RuleId.of("DEF-07"));
    }

    @Test
    void the_links_name_module_and_file_of_code_and_tests(@TempDir Path repo) throws IOException {
        Path main = Files.createDirectories(repo.resolve("ledger/src/main/java/x"));
        Files.writeString(main.resolve("Coverage.java"), "/** LFT-04. */ class Coverage {}");
        assertThat(RuleTrace.scan(repo).links().get(RuleId.of("LFT-04")))
                .isEqualTo("- code: `ledger` [Coverage](../ledger/src/main/java/x/Coverage.java)\n- tests: none\n");
    }
}
