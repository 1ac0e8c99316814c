package dev.deltascope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way layers of the design (README, "How the code is laid out"): file, derivation, cost and
 * code build on the model; practice builds exercises on derivations; render, export, cli and view
 * read derivations; io serves every layer and depends on none. model, file, io, derivation, cost,
 * code and practice produce numbers and strings, never pixels, so they may not touch a GUI or
 * drawing library; export and render draw but use no JavaFX control or window, so the headless
 * commands stay headless; nothing but the launcher may reach into the view. Inside the view, the
 * shell (the package {@code view} itself: the application, the main window, its menus and layout)
 * assembles the feature packages ({@code view.step}, {@code view.editor}, {@code view.cost} and the
 * rest); a feature never reaches back into the shell, and no two features depend on each other
 * both ways.
 */
@AnalyzeClasses(packages = "dev.deltascope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "dev.deltascope.model..";
    private static final String FILE = "dev.deltascope.file..";
    private static final String DERIVATION = "dev.deltascope.derivation..";
    private static final String RENDER = "dev.deltascope.render..";
    private static final String VIEW = "dev.deltascope.view..";
    private static final String VIEW_SHELL = "dev.deltascope.view";
    private static final String VIEW_FEATURES = "dev.deltascope.view.*..";
    private static final String EXPORT = "dev.deltascope.export..";
    private static final String CLI = "dev.deltascope.cli..";
    private static final String COST = "dev.deltascope.cost..";
    private static final String CODE = "dev.deltascope.code..";
    private static final String IO = "dev.deltascope.io..";
    private static final String PRACTICE = "dev.deltascope.practice..";

    @ArchTest
    static final ArchRule modelFileAndDerivationUseNoGuiOrDrawingLibrary = noClasses()
            .that().resideInAnyPackage(MODEL, FILE, DERIVATION, COST, CODE, IO, PRACTICE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.awt..", "javax.swing..", "javax.imageio..", "org.scilab..", "org.jfree..")
            .because("model, file, derivation, cost, code, io and practice compute numbers and strings; drawing"
                    + " belongs to render and view");

    @ArchTest
    static final ArchRule practiceReadsDerivationsAndDrawsNothing = noClasses()
            .that().resideInAPackage(PRACTICE)
            .should().dependOnClassesThat().resideInAnyPackage(RENDER, VIEW, EXPORT, CLI, COST)
            .because("exercises and their checking are headless: the window and the exporters build on them");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherPartOfDeltascope = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(FILE, DERIVATION, RENDER, VIEW, EXPORT, CLI, COST)
            .because("every other layer builds on the model");

    @ArchTest
    static final ArchRule costDependsOnTheModelAlone = noClasses()
            .that().resideInAPackage(COST)
            .should().dependOnClassesThat().resideInAnyPackage(FILE, DERIVATION, RENDER, VIEW, EXPORT, CLI)
            .because("the cost model counts and times the model's backward methods; the window shows it");

    @ArchTest
    static final ArchRule codeExportDependsOnModelDerivationAndFileAlone = noClasses()
            .that().resideInAPackage(CODE)
            .should().dependOnClassesThat().resideInAnyPackage(RENDER, VIEW, EXPORT, CLI, COST)
            .because("exported code is text made from the derivation; the command line and the window call it");

    @ArchTest
    static final ArchRule fileDependsOnTheModelAlone = noClasses()
            .that().resideInAPackage(FILE)
            .should().dependOnClassesThat().resideInAnyPackage(DERIVATION, RENDER, VIEW, EXPORT, CLI)
            .because("the network file format depends on the model only");

    @ArchTest
    static final ArchRule derivationDependsOnNothingThatDraws = noClasses()
            .that().resideInAPackage(DERIVATION)
            .should().dependOnClassesThat().resideInAnyPackage(RENDER, VIEW, EXPORT, CLI)
            .because("render, view, export and the command line read derivations, not the other way round");

    @ArchTest
    static final ArchRule theAtomicWriterDependsOnNoOtherPartOfDeltascope = noClasses()
            .that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(MODEL, FILE, DERIVATION, RENDER, VIEW, EXPORT, CLI, COST,
                    CODE)
            .because("every layer that writes a file uses the one atomic writer");

    @ArchTest
    static final ArchRule exportAndRenderUseNoJavaFxControlOrWindow = noClasses()
            .that().resideInAnyPackage(EXPORT, RENDER, CLI, CODE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.stage..",
                    "javafx.application..")
            .because("the headless commands export without a window or a display");

    @ArchTest
    static final ArchRule nothingButTheLauncherDependsOnTheView = noClasses()
            .that().resideOutsideOfPackage(VIEW)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage(VIEW)
            .because("the window is a leaf: export and the command line must run without it");

    @ArchTest
    static final ArchRule theViewsFeaturesDependOnEachOtherOneWay = slices()
            .matching("dev.deltascope.view.(*)..")
            .should().beFreeOfCycles()
            .because("each part of the window (steps, editor, diagram, cost, exports, help...) builds on the ones"
                    + " below it, so it can be read and changed without the ones above");

    @ArchTest
    static final ArchRule theViewsFeaturesNeverReachBackIntoTheShell = noClasses()
            .that().resideInAPackage(VIEW_FEATURES)
            .should().dependOnClassesThat().resideInAPackage(VIEW_SHELL)
            .because("the shell (application, main window, menus) assembles the features; a feature that needs"
                    + " the window takes a narrow interface of its own (ExportOwner, PracticeOwner, TourOwner)");
}
