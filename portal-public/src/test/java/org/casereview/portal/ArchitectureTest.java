package org.casereview.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The portal uses notifications and the domain; it never reaches the back office, and has no package cycles. */
@AnalyzeClasses(packages = "org.casereview.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule portalNeverReachesTheBackOffice = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.casereview.backoffice..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.casereview.portal.(*)..").should().beFreeOfCycles();
}
