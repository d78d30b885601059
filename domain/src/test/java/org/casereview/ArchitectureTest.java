package org.casereview;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain knows nothing of screens, mail or HTTP, and its feature packages do not go round in circles. */
@AnalyzeClasses(packages = "org.casereview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoUiMailOrHttp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.vaadin..", "jakarta.mail..", "org.springframework.mail..", "org.springframework.web..",
                    "jakarta.servlet..", "org.thymeleaf..")
            .because("domain holds the rules; screens, mail and HTTP live in the other modules");

    @ArchTest
    static final ArchRule domainDoesNotReachOtherModules = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.casereview.notifications..", "org.casereview.portal..", "org.casereview.backoffice..")
            .because("dependencies point one way: the applications use notifications and domain, never the reverse");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.casereview.(*)..").should().beFreeOfCycles();
}
