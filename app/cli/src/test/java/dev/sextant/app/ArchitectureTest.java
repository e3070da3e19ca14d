package dev.sextant.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of ADR 0001 and docs/architecture.md, checked on every build in the style of JabRef's
 * {@code CommonArchitectureTest}: engine ← data ← research ← workstation / cli, plugins and app-api never on the
 * app, no package cycles anywhere, and one composition root. No rule here has frozen or ignored violations.
 */
@AnalyzeClasses(packages = "dev.sextant",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    private static final String COMPOSITION_ROOT = "dev.sextant.app.AppContext";

    @ArchTest
    void engineUsesNoUiJdbcHttpOrStorageLibrary(JavaClasses classes) {
        noClasses().that().resideInAPackage("dev.sextant.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.flywaydb..",
                        "okhttp3..", "java.net.http..", "tools.jackson..", "com.fasterxml..", "picocli..",
                        "dev.sextant.data..", "dev.sextant.app..", "dev.sextant.plugin..")
                .check(classes);
    }

    @ArchTest
    void dataDoesNotDependOnTheApp(JavaClasses classes) {
        noClasses().that().resideInAPackage("dev.sextant.data..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sextant.app..", "javafx..")
                .check(classes);
    }

    @ArchTest
    void appApiAndPluginsNeverDependOnTheAppOrTheDataAdapters(JavaClasses classes) {
        noClasses().that().resideInAnyPackage("dev.sextant.app.api..", "dev.sextant.plugin..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.sextant.app..", "dev.sextant.data..")
                        .and(not(resideInAPackage("dev.sextant.app.api.."))))
                .check(classes);
    }

    @ArchTest
    void generatedJooqClassesStayInsideTheDataModule(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("dev.sextant.data..")
                .should().dependOnClassesThat().resideInAPackage("dev.sextant.data.jooq..")
                .check(classes);
    }

    /**
     * Every package is a slice, in every module, with one exception of grouping (not of ignoring): the schema classes
     * jOOQ generates into {@code dev.sextant.data.jooq..} (tables, records, keys) refer to each other by design and
     * are one slice, so a cycle between them and any hand-written package is still found.
     */
    @ArchTest
    void noPackageCycles(JavaClasses classes) {
        slices().assignedFrom(PACKAGE_SLICES)
                .should().beFreeOfCycles()
                .check(classes);
    }

    private static final SliceAssignment PACKAGE_SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(GENERATED_SCHEMA) || pkg.startsWith(GENERATED_SCHEMA + ".")) {
                return SliceIdentifier.of(GENERATED_SCHEMA);
            }
            return pkg.startsWith("dev.sextant.") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of dev.sextant (the generated jOOQ schema as one)";
        }
    };

    private static final String GENERATED_SCHEMA = "dev.sextant.data.jooq";

    @ArchTest
    void frontEndsDoNotDependOnTheDataAdapters(JavaClasses classes) {
        noClasses().that().resideInAnyPackage("dev.sextant.app.ui..", "dev.sextant.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.sextant.data..")
                .check(classes);
    }

    @ArchTest
    void viewModelsImportNoSceneGraph(JavaClasses classes) {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @ArchTest
    void researchIsHeadless(JavaClasses classes) {
        noClasses().that().resideInAnyPackage("dev.sextant.app", "dev.sextant.app.research..", "dev.sextant.app.plugins..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..",
                        "dev.sextant.app.ui..", "dev.sextant.app.cli..")
                .check(classes);
    }

    @ArchTest
    void theWorkstationNeverDependsOnTheCli(JavaClasses classes) {
        noClasses().that().resideInAPackage("dev.sextant.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.sextant.app.cli..")
                .check(classes);
    }

    @ArchTest
    void onlyTheCompositionRootConstructsStores(JavaClasses classes) {
        DescribedPredicate<JavaConstructorCall> jooqConstructor = DescribedPredicate.describe(
                "a constructor of a Jooq* class", call -> simpleNameStartingWith("Jooq").test(call.getTargetOwner()));
        noClasses().that().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
                .should().callConstructorWhere(jooqConstructor)
                .check(classes);
    }

    /**
     * Leaves out the test jars of other modules (the engine's test helpers are on this module's test class path):
     * {@link ImportOption.DoNotIncludeTests} knows test-class folders, but a full build resolves them as jars.
     */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar!/.*"));
        }
    }
}
