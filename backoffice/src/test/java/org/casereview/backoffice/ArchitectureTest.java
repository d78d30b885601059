package org.casereview.backoffice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies point one way across the whole system as the back office sees it: the back office uses notifications
 * and the domain; notifications uses the domain; the domain uses neither. Feature packages have no cycles.
 */
@AnalyzeClasses(packages = "org.casereview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule notificationsNeverReachTheApplications = noClasses()
            .that().resideInAPackage("org.casereview.notifications..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casereview.backoffice..", "org.casereview.portal..", "com.vaadin..");

    @ArchTest
    static final ArchRule domainKnowsNoScreensMailOrHttp = noClasses()
            .that().resideOutsideOfPackages("org.casereview.notifications..", "org.casereview.backoffice..",
                    "org.casereview.portal..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.mail..",
                    "org.springframework.mail..", "org.springframework.web..", "jakarta.servlet..",
                    "org.casereview.notifications..", "org.casereview.backoffice..");

    @ArchTest
    static final ArchRule noCyclesInTheBackOffice =
            slices().matching("org.casereview.backoffice.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInNotifications =
            slices().matching("org.casereview.notifications.(*)..").should().beFreeOfCycles();
}
