package kz.saruar.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.util.List;

/**
 * The module rules of ARCHITECTURE.md, enforced on the compiled main code of every module: the
 * dependency direction, a JDK-only SPI, no stdout, no java.util.logging, Date or Calendar, no
 * wall-clock reads without a {@link Clock}, no package cycles.
 */
@AnalyzeClasses(packages = "kz.saruar", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
    /** Leaves out the test jars of other modules (e.g. storage-postgresql's), whose helpers may print. */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    private static final String SPI = "kz.saruar.spi..";
    private static final String TESTKIT = "kz.saruar.spi.testkit..";
    private static final String MODEL = "kz.saruar.model..";
    private static final String SCORING = "kz.saruar.scoring..";
    private static final String SCHEDULING = "kz.saruar.scheduling..";
    private static final String LEDGER = "kz.saruar.ledger..";
    private static final String COHORT = "kz.saruar.cohort..";
    private static final String SIMULATION = "kz.saruar.simulation..";
    private static final String EXAMPLES = "kz.saruar.examples..";

    private static DescribedPredicate<JavaClass> libraryCode() {
        return new DescribedPredicate<>("library code (spi, accelerator-model, scoring, scheduling, ledger)") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                return !p.startsWith("kz.saruar.examples") && !p.startsWith("kz.saruar.benchmarks")
                        && !p.startsWith("kz.saruar.spi.testkit") && p.startsWith("kz.saruar");
            }
        };
    }

    @ArchTest
    static final ArchRule spi_depends_on_the_jdk_alone = classes().that().resideInAPackage(SPI)
            .and().resideOutsideOfPackage(TESTKIT)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", SPI)
            .because("a plugin author depends on spi alone (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule model_depends_only_on_spi_among_modules = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(SCORING, SCHEDULING, LEDGER, COHORT, SIMULATION, EXAMPLES,
                    TESTKIT);

    @ArchTest
    static final ArchRule scoring_does_not_depend_on_scheduling_or_ledger = noClasses().that()
            .resideInAPackage(SCORING).should().dependOnClassesThat()
            .resideInAnyPackage(SCHEDULING, LEDGER, COHORT, SIMULATION, EXAMPLES, TESTKIT);

    @ArchTest
    static final ArchRule scheduling_does_not_depend_on_scoring_or_ledger = noClasses().that()
            .resideInAPackage(SCHEDULING).should().dependOnClassesThat()
            .resideInAnyPackage(SCORING, LEDGER, COHORT, SIMULATION, EXAMPLES, TESTKIT);

    @ArchTest
    static final ArchRule ledger_does_not_depend_on_scoring_or_scheduling = noClasses().that()
            .resideInAPackage(LEDGER).should().dependOnClassesThat()
            .resideInAnyPackage(SCORING, SCHEDULING, COHORT, SIMULATION, EXAMPLES, TESTKIT);

    @ArchTest
    static final ArchRule simulation_composes_the_modules_and_never_the_cli = noClasses().that()
            .resideInAPackage(SIMULATION).should().dependOnClassesThat().resideInAnyPackage(EXAMPLES, TESTKIT)
            .because("the simulation drives a real cohort through the cohort API; the CLI depends on it, not back");

    @ArchTest
    static final ArchRule cohort_never_depends_on_the_simulation_or_the_cli = noClasses().that()
            .resideInAPackage(COHORT).should().dependOnClassesThat().resideInAnyPackage(SIMULATION, EXAMPLES, TESTKIT)
            .because("cohort <- simulation <- examples: the simulation is one client of the cohort API");

    @ArchTest
    static final ArchRule spi_does_not_depend_on_the_model = noClasses().that().resideInAPackage(SPI)
            .should().dependOnClassesThat().resideInAnyPackage(MODEL, SCORING, SCHEDULING, LEDGER, EXAMPLES);

    @ArchTest
    static final ArchRule library_code_does_not_write_to_stdout_or_stderr = noClasses().that(libraryCode())
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("library code logs through SLF4J or returns values");

    @ArchTest
    static final ArchRule library_code_does_not_use_java_util_logging = noClasses().that(libraryCode())
            .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING);

    @ArchTest
    static final ArchRule library_code_does_not_use_date_or_calendar = noClasses().that(libraryCode())
            .should().dependOnClassesThat().areAssignableTo(java.util.Date.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
            .because("java.time with an explicit zone is the only time API (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule library_code_never_reads_the_clock_without_a_Clock = noClasses().that(libraryCode())
            .should().callMethodWhere(readsTheWallClock())
            .because("rules are pure functions of their inputs and of an injected java.time.Clock");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("kz.saruar.(**)").should()
            .beFreeOfCycles();

    private static DescribedPredicate<JavaMethodCall> readsTheWallClock() {
        List<String> timeTypes = List.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
                "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
                "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");
        return new DescribedPredicate<>("now() or now(ZoneId) of a java.time type") {
            @Override
            public boolean test(JavaMethodCall call) {
                var target = call.getTarget();
                if (!target.getName().equals("now") || !timeTypes.contains(target.getOwner().getName())) {
                    return false;
                }
                var params = target.getRawParameterTypes();
                return params.isEmpty() || !params.get(0).isEquivalentTo(Clock.class);
            }
        };
    }
}
