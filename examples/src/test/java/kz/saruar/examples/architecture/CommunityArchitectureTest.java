package kz.saruar.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The community module's place in ARCHITECTURE.md: on accelerator-model (and spi) only; nothing below depends on it. */
// the same import as ArchitectureTest's, so that ArchUnit imports the classes once for both
@AnalyzeClasses(packages = "kz.saruar", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class CommunityArchitectureTest {
    private static final String COMMUNITY = "kz.saruar.community..";

    @ArchTest
    static final ArchRule community_depends_on_accelerator_model_only = noClasses().that().resideInAPackage(COMMUNITY)
            .should().dependOnClassesThat().resideInAnyPackage("kz.saruar.scoring..", "kz.saruar.scheduling..",
                    "kz.saruar.ledger..", "kz.saruar.examples..", "kz.saruar.spi.testkit..", "kz.saruar.storage..");

    @ArchTest
    static final ArchRule no_other_library_module_depends_on_community = noClasses().that().resideInAnyPackage(
            "kz.saruar.spi..", "kz.saruar.model..", "kz.saruar.scoring..", "kz.saruar.scheduling..", "kz.saruar.ledger..")
            .should().dependOnClassesThat().resideInAPackage(COMMUNITY);
}
