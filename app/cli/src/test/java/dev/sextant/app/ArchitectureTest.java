package dev.sextant.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of ADR 0001: engine ← data ← research ← workstation ← cli, and plugins/app-api
 * never on the app.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sextant");
    }

    @Test
    void engineUsesNoUiJdbcHttpOrStorageLibrary() {
        noClasses().that().resideInAPackage("dev.sextant.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.flywaydb..",
                        "okhttp3..", "java.net.http..", "tools.jackson..", "com.fasterxml..", "picocli..",
                        "dev.sextant.data..", "dev.sextant.app..", "dev.sextant.plugin..")
                .check(classes);
    }

    @Test
    void dataDoesNotDependOnTheApp() {
        noClasses().that().resideInAPackage("dev.sextant.data..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sextant.app..", "javafx..")
                .check(classes);
    }

    @Test
    void appApiAndPluginsNeverDependOnTheAppOrTheDataAdapters() {
        noClasses().that().resideInAnyPackage("dev.sextant.app.api..", "dev.sextant.plugin..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.sextant.app..", "dev.sextant.data..")
                        .and(not(resideInAPackage("dev.sextant.app.api.."))))
                .check(classes);
    }

    @Test
    void generatedJooqClassesStayInsideTheDataModule() {
        noClasses().that().resideOutsideOfPackage("dev.sextant.data..")
                .should().dependOnClassesThat().resideInAPackage("dev.sextant.data.jooq..")
                .check(classes);
    }

    @Test
    void researchIsHeadless() {
        noClasses().that().resideInAnyPackage("dev.sextant.app", "dev.sextant.app.research..", "dev.sextant.app.plugins..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..",
                        "dev.sextant.app.ui..", "dev.sextant.app.cli..")
                .check(classes);
    }

    @Test
    void theWorkstationNeverDependsOnTheCli() {
        noClasses().that().resideInAPackage("dev.sextant.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.sextant.app.cli..")
                .check(classes);
    }
}
