package kz.saruar.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import kz.saruar.model.archfixture.BadLibraryCode;
import org.junit.jupiter.api.Test;

/** The architecture rules are not vacuous: each one reports a fixture that breaks it. */
class ArchitectureRulesCanFailTest {
    private final JavaClasses bad = new ClassFileImporter().importClasses(BadLibraryCode.class);

    @Test
    void stdout_rule_reports_a_println() {
        assertThat(ArchitectureTest.library_code_does_not_write_to_stdout_or_stderr.evaluate(bad).hasViolation())
                .isTrue();
    }

    @Test
    void clock_rule_reports_now_and_now_with_a_zone_but_not_now_with_a_clock() {
        EvaluationResult r = ArchitectureTest.library_code_never_reads_the_clock_without_a_Clock.evaluate(bad);
        assertThat(r.getFailureReport().getDetails()).hasSize(2)
                .allSatisfy(d -> assertThat(d).contains("LocalDate.now("));
    }

    @Test
    void date_rule_reports_java_util_date() {
        assertThat(ArchitectureTest.library_code_does_not_use_date_or_calendar.evaluate(bad).hasViolation()).isTrue();
    }
}
