package org.chaord.atlas;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The layers of DESIGN.md ("Layers"), enforced on the production classes. */
@AnalyzeClasses(packages = "org.chaord.atlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule THE_KEPT_FRAME_IS_READ_WITHOUT_JAVAFX = noClasses().that()
            .haveFullyQualifiedName("org.chaord.atlas.ui.app.FirstFrameFile")
            .or().haveFullyQualifiedName("org.chaord.atlas.ui.app.SavedFrame")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("they run on a background thread while the toolkit starts, and a JavaFX class initialised there "
                    + "deadlocks with the toolkit's own initialisation (ADR 0031)");

    @ArchTest
    static final ArchRule MODEL_USES_ONLY_JAVA = classes().that().resideInAPackage("org.chaord.atlas.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.chaord.atlas.model..")
            .because("the model is plain Java: no JavaFX, AWT, OpenCSV or JTS");

    @ArchTest
    static final ArchRule MODEL_HAS_NO_AWT = noClasses().that().resideInAPackage("org.chaord.atlas.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule DATA_STAYS_BELOW_THE_UI = noClasses().that().resideInAPackage("org.chaord.atlas.data..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..",
                    "org.chaord.atlas.ui..", "org.chaord.atlas.cli..", "org.chaord.atlas.render..",
                    "org.chaord.atlas.export..");

    @ArchTest
    static final ArchRule GEO_AND_RENDER_ARE_TOOLKIT_FREE = noClasses()
            .that().resideInAnyPackage("org.chaord.atlas.geo..", "org.chaord.atlas.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..",
                    "org.chaord.atlas.data..", "org.chaord.atlas.ui..", "org.chaord.atlas.cli..", "com.opencsv..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule EXPORT_HAS_NO_JAVAFX = noClasses().that().resideInAPackage("org.chaord.atlas.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.chaord.atlas.ui..",
                    "org.chaord.atlas.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule ONLY_CLI_PRINTS = noClasses().that().resideOutsideOfPackages("..cli..", "..bench..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("only the command line prints; everything else reports through return values");

    @ArchTest
    static final ArchRule ONLY_UI_USES_JAVAFX = noClasses().that().resideOutsideOfPackage("org.chaord.atlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule UI_DOES_NOT_USE_CLI = noClasses().that().resideInAPackage("org.chaord.atlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.chaord.atlas.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule I18N_USES_ONLY_THE_MODEL = classes().that().resideInAPackage("org.chaord.atlas.i18n..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.chaord.atlas.model..",
                    "org.chaord.atlas.i18n..")
            .because("the words of the interface and of figures are plain Java, shared by render, export and ui");

    @ArchTest
    static final ArchRule UI_ROOMS_HAVE_NO_CYCLES = slices().matching("org.chaord.atlas.ui.(*)..")
            .should().beFreeOfCycles();

    /** Feature state reached from AtlasViewModel (ADR 0022): below the view-model, like ui.internal. */
    private static final String[] UI_FEATURE_MODELS = {"org.chaord.atlas.ui.compare.."};

    /** Every room, also the ones added later: any package in ui but the root, ui.internal and the feature models. */
    private static final DescribedPredicate<JavaClass> UI_ROOMS = resideInAPackage("org.chaord.atlas.ui..")
            .and(not(resideInAnyPackage("org.chaord.atlas.ui", "org.chaord.atlas.ui.internal..")))
            .and(not(resideInAnyPackage(UI_FEATURE_MODELS)))
            // the chart room's model is owned by AtlasViewModel too; its own rule keeps it off the ui root (ADR 0023)
            .and(not(JavaClass.Predicates.equivalentTo(org.chaord.atlas.ui.chart.ChartModel.class)))
            .as("a ui room");

    @ArchTest
    static final ArchRule UI_VIEW_MODELS_DO_NOT_REACH_INTO_ROOMS = noClasses()
            .that().resideInAnyPackage("org.chaord.atlas.ui", "org.chaord.atlas.ui.internal..")
            .should().dependOnClassesThat(UI_ROOMS)
            .because("the shared view-model and the helpers sit below every room (no cycles through them)");

    @ArchTest
    static final ArchRule MODELS_THE_VIEW_MODEL_OWNS_DO_NOT_USE_IT = noClasses()
            .that().resideInAPackage("org.chaord.atlas.ui.chart..").and().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("org.chaord.atlas.ui")
            .because("AtlasViewModel owns the chart's model (ADR 0023): the model reads what it is given, no cycle");

    @ArchTest
    static final ArchRule UI_FEATURE_MODELS_SIT_BELOW_THE_VIEW_MODEL = noClasses()
            .that().resideInAnyPackage(UI_FEATURE_MODELS)
            .should().dependOnClassesThat(UI_ROOMS)
            .orShould().dependOnClassesThat().resideInAPackage("org.chaord.atlas.ui")
            .because("feature state (compare mode) is reached from AtlasViewModel, so it must not reach back (ADR 0022)");

    @ArchTest
    static final ArchRule UI_EXPORT_DOES_NOT_REACH_THE_MAP = noClasses().that().resideInAPackage("org.chaord.atlas.ui.export..")
            .should().dependOnClassesThat().resideInAPackage("org.chaord.atlas.ui.map..")
            .because("the export dialog works from the view-model's extent, not from the map widget");

    @ArchTest
    static final ArchRule THREADS_ONLY_IN_UI_INTERNAL = noClasses().that().resideInAPackage("org.chaord.atlas.ui..")
            .and().resideOutsideOfPackage("org.chaord.atlas.ui.internal..")
            .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.Executors.class,
                    java.util.concurrent.ForkJoinPool.class, java.util.Timer.class, javafx.concurrent.Service.class)
            .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "supplyAsync",
                    java.util.function.Supplier.class)
            .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "runAsync", Runnable.class)
            .because("the app has one background executor (ui.internal.Background); work elsewhere is handed to it");

    /** A class outside cli that prints: the rule must catch it (the rules above can fail). */
    static final class Printer {
        void say() {
            System.out.println("hello");
        }
    }

    @Test
    void rulesCatchViolations() {
        JavaClasses printer = new ClassFileImporter().importClasses(Printer.class);
        assertThrows(AssertionError.class, () -> ONLY_CLI_PRINTS.check(printer));
        JavaClasses modelFixture = new ClassFileImporter()
                .importClasses(org.chaord.atlas.model.LayerViolationFixture.class);
        assertThrows(AssertionError.class, () -> MODEL_USES_ONLY_JAVA.check(modelFixture));
        assertThrows(AssertionError.class, () -> MODEL_HAS_NO_AWT.check(modelFixture));
        JavaClasses uiFixtures = new ClassFileImporter().importClasses(
                org.chaord.atlas.ui.export.MapReachingFixture.class, org.chaord.atlas.ui.map.MapCanvas.class);
        assertThrows(AssertionError.class, () -> UI_EXPORT_DOES_NOT_REACH_THE_MAP.check(uiFixtures));
        assertThrows(AssertionError.class, () -> THREADS_ONLY_IN_UI_INTERNAL.check(uiFixtures));
        JavaClasses roomReaching = new ClassFileImporter().importClasses(
                org.chaord.atlas.ui.RoomReachingFixture.class, org.chaord.atlas.ui.timeline.Playback.class);
        assertThrows(AssertionError.class, () -> UI_VIEW_MODELS_DO_NOT_REACH_INTO_ROOMS.check(roomReaching));
    }
}
