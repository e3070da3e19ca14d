package dev.sextant.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sextant.engine");

    @Test
    void engineDependsOnNoUiStorageHttpOrJson() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.flywaydb..",
                        "okhttp3..", "java.net.http..", "com.fasterxml.jackson..", "tools.jackson..")
                .check(engine);
    }

    @Test
    void simulationAndMetricsDoNotTouchTa4j() {
        noClasses().that().resideInAnyPackage("dev.sextant.engine.backtest..", "dev.sextant.engine.metrics..",
                        "dev.sextant.engine.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ta4j..")
                .check(engine);
    }
}
