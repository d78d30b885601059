package org.casereview.deadlines;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rules are plain Java: no framework, and no package cycle")
class RulesArePlainJavaTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casereview.workingdays", "org.casereview.threshold", "org.casereview.deadlines");

    @Test
    @DisplayName("working days depend on nothing else in the project")
    void workingDays() {
        classes().that().resideInAPackage("org.casereview.workingdays")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                        "org.casereview.workingdays")
                .check(RULES);
    }

    @Test
    @DisplayName("the threshold depends on nothing else in the project")
    void threshold() {
        classes().that().resideInAPackage("org.casereview.threshold")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                        "org.casereview.threshold")
                .check(RULES);
    }

    @Test
    @DisplayName("deadlines depend only on the threshold policy and the working-day calendar")
    void deadlines() {
        classes().that().resideInAPackage("org.casereview.deadlines")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                        "org.casereview.deadlines", "org.casereview.threshold", "org.casereview.workingdays")
                .check(RULES);
    }
}
