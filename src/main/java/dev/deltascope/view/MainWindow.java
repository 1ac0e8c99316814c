package dev.deltascope.view;

import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.view.check.GradientCheckPanel;
import dev.deltascope.view.cost.CostPanel;
import dev.deltascope.view.diagram.DiagramBar;
import dev.deltascope.view.diagram.NetworkDiagram;
import dev.deltascope.view.dialog.Dialogs;
import dev.deltascope.view.editor.DocumentModel;
import dev.deltascope.view.editor.EditKeys;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.editor.NetworkEditorView;
import dev.deltascope.view.editor.PresetBox;
import dev.deltascope.view.export.ExportOwner;
import dev.deltascope.view.field.FieldKeys;
import dev.deltascope.view.help.GuidedTour;
import dev.deltascope.view.help.ShortcutList;
import dev.deltascope.view.help.ShortcutSheet;
import dev.deltascope.view.help.TourOwner;
import dev.deltascope.view.help.TranslateDialog;
import dev.deltascope.view.help.WhatAmILookingAt;
import dev.deltascope.view.keys.KeyBindings;
import dev.deltascope.view.keys.Shortcut;
import dev.deltascope.view.paint.PresentationMode;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.practice.PracticeModel;
import dev.deltascope.view.practice.PracticeOwner;
import dev.deltascope.view.practice.PracticePane;
import dev.deltascope.view.practice.PracticeScores;
import dev.deltascope.view.session.ConventionSetting;
import dev.deltascope.view.session.RecentFiles;
import dev.deltascope.view.session.WindowSettings;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.StatusLine;
import dev.deltascope.view.step.StepKeys;
import dev.deltascope.view.step.StepPane;
import dev.deltascope.view.step.StepPrefetch;
import dev.deltascope.view.step.StepTimeline;
import dev.deltascope.view.step.StepperModel;
import dev.deltascope.view.step.WarningBanner;
import dev.deltascope.view.training.LossChart;
import dev.deltascope.view.training.TrainingModel;
import dev.deltascope.view.training.TrainingPanel;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: the editor on the left, the network diagram on top, the current step in the
 * centre with the gradient check and training beside it, the timeline at the bottom.
 */
public final class MainWindow implements ExportOwner, PracticeOwner, TourOwner {

    /** The diagram's share of the height above the step pane; set again when the diagram replaces its placeholder. */
    static final double DIAGRAM_SHARE = 0.3;

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final NetworkEditorModel editor;
    private final DocumentModel document;
    private final StepperModel stepper;
    private final TrainingModel training;
    private final PracticeModel practice;
    private final FileActions files;
    private final PresentationMode presentation;
    private final WindowLayout layout;
    private final StatusLine status = new StatusLine();
    private final BooleanProperty sharedScale = new SimpleBooleanProperty(this, "sharedScale");
    private final TabPane sideTabs = new TabPane();
    private final Tab trainingTab;
    private final WindowParts parts;
    private TrainingPanel trainingPanel;
    private final MenuBar menus;
    private final VBox top = new VBox();
    private final SplitPane centreSplit = new SplitPane();
    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>(this, "hover");
    private StepPane stepPane;
    private WhatAmILookingAt guide;
    private final GuidedTour guidedTour = new GuidedTour(this);
    private Theme theme = Theme.LIGHT;
    private WindowSettings settings;
    private KeyBindings stepKeys;
    private KeyBindings editKeys;
    private ShortcutSheet shortcutSheet;

    public MainWindow(Stage stage, Network initial, RecentFiles recentFiles) {
        this(stage, initial, recentFiles, WindowParts.atOnce());
    }

    /**
     * Builds the skeleton of the window (menus, timeline, side tabs, placeholders) and hands the
     * heavy parts to {@code parts}: first the step pane and the diagram, then the editor and the
     * gradient check, last the hidden tabs' contents.
     */
    MainWindow(Stage stage, Network initial, RecentFiles recentFiles, WindowParts parts) {
        this.stage = stage;
        this.parts = parts;
        editor = new NetworkEditorModel(initial);
        document = new DocumentModel(editor, recentFiles);
        stepper = new StepperModel(editor.networkProperty());
        training = new TrainingModel(editor);
        practice = new PracticeModel(stepper, editor, PracticeScores.inConfigDirectory());
        files = new FileActions(document, () -> stage, Dialogs.over(stage));
        files.setOnReplaced(this::replaced);
        presentation = new PresentationMode(stage, root);

        Tab check = new Tab("Gradient check");
        trainingTab = new Tab("Training");
        Tab cost = new Tab("Cost");
        sideTabs.getTabs().addAll(check, trainingTab, cost);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setPrefWidth(420);
        sideTabs.setMinWidth(240);
        sideTabs.visibleProperty().bind(practice.hidingProperty().not());

        SplitPane stepAndSide = new SplitPane();
        Region editorPlace = new Region();
        editorPlace.setPrefWidth(NetworkEditorView.WIDTH);
        editorPlace.setMinWidth(NetworkEditorView.MIN_WIDTH);
        layout = new WindowLayout(root, editorPlace, top, centreSplit, stepAndSide, sideTabs, presentation.activeProperty(),
                practice.hidingProperty());
        stepAndSide.getItems().addAll(stepArea(), sideTabs);
        WindowLayout.placeSideDivider(stepAndSide);
        SplitPane.setResizableWithParent(sideTabs, false);
        Region diagramPlace = new Region();
        diagramPlace.setPrefHeight(260);
        centreSplit.setOrientation(Orientation.VERTICAL);
        centreSplit.getItems().addAll(diagramPlace, stepAndSide);
        centreSplit.setDividerPositions(DIAGRAM_SHARE);
        parts.addFirst(() -> {
            centreSplit.getItems().set(0, diagram());
            centreSplit.setDividerPositions(DIAGRAM_SHARE);
        });
        root.setLeft(editorPlace);
        parts.add(() -> layout.setEditor(editorView()));
        fillWhenShownOrLater(check, this::gradientCheckPanel, parts::add);
        fillWhenShownOrLater(trainingTab, () -> trainingPanel(), parts::addAfterWhole);
        fillWhenShownOrLater(cost, () -> new CostPanel(stepper.traceProperty(), stepper.stepProperty()),
                parts::addAfterWhole);

        menus = AppMenus.create(this);
        top.getChildren().addAll(menus);
        root.setTop(top);
        root.setCenter(centreSplit);
        StepTimeline timeline = new StepTimeline(stepper, status);
        timeline.compactProperty().bind(presentation.activeProperty());
        root.setBottom(timeline);
        root.setId("main-window");
    }

    /** A scene holding the window, with the stylesheet, keys and file drop installed. */
    public Scene createScene(double width, double height) {
        return install(new Scene(new Region(), width, height));
    }

    /**
     * Makes the window the root of {@code scene} (replacing what it showed, such as the opening view)
     * and installs the stylesheet, keys and file drop there; returns {@code scene}.
     */
    Scene install(Scene scene) {
        scene.setRoot(root);
        String stylesheet = Theme.stylesheet();
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
        theme.apply(root);
        stepKeys = StepKeys.bindings(stepper, presentation, this::showShortcuts, status::show);
        editKeys = EditKeys.bindings(editor);
        StepKeys.install(scene, stepKeys);
        EditKeys.install(scene, editKeys);
        scene.addPostLayoutPulseListener(this::collapseDiagramForStep);
        scene.setOnDragOver(files::dragOver);
        scene.setOnDragDropped(files::dropped);
        parts.start(scene);
        return scene;
    }

    private VBox stepArea() {
        Label preparing = new Label("Preparing the formulas…");
        preparing.getStyleClass().add("step-preparing");
        WarningBanner banner = new WarningBanner(stepper);
        VBox area = new VBox(banner, preparing);
        area.setId("step-area");
        parts.addFormulaPart(() -> {
            DoubleProperty shownZoom = new SimpleDoubleProperty(this, "shownZoom");
            shownZoom.bind(stepper.zoomProperty().multiply(presentation.scale()));
            stepPane = new StepPane(stepper.stepProperty(), stepper.viewProperty(), stepper.unitProperty(),
                    shownZoom, stepper.precisionProperty(), hover);
            stepPane.conventionProperty().bind(stepper.conventionProperty());
            stepPane.fitProperty().bind(layout.fitting());
            stepPane.typeScaleProperty().bind(presentation.scale());
            stepPane.setElidedSteps(stepper::elided);
            stepPane.tighterElisionProperty().bind(layout.diagramCollapsedProperty());
            InvalidationListener expand = observable -> layout.collapseDiagram(false);
            stepper.stepProperty().addListener(expand);
            stepper.viewProperty().addListener(expand);
            stepper.unitProperty().addListener(expand);
            StepPrefetch.follow(stepper, shownZoom);
            VBox.setVgrow(stepPane, Priority.ALWAYS);
            stepPane.visibleProperty().bind(practice.hidingProperty().not());
            stepPane.managedProperty().bind(stepPane.visibleProperty());
            area.getChildren().setAll(banner, new PracticePane(practice, shownZoom), stepPane);
        });
        return area;
    }

    /**
     * The diagram under its bar (example and colour scale; hidden in presentation mode, where the
     * menu and keys set them); both are hidden while practice hides the step.
     */
    private VBox diagram() {
        NetworkDiagram diagram = new NetworkDiagram(stepper.traceProperty(), stepper.stepProperty(), hover);
        diagram.setId("network-diagram");
        diagram.setPrefHeight(260);
        diagram.setMinHeight(0);
        diagram.visibleProperty().bind(practice.hidingProperty().not());
        diagram.sharedScaleProperty().bind(sharedScale);
        diagram.exampleProperty().bind(stepper.exampleProperty());
        diagram.indexStyleProperty().bind(indexStyle());
        diagram.typeScaleProperty().bind(presentation.scale());
        DiagramBar bar = new DiagramBar(editor.networkProperty(), stepper.exampleProperty(), sharedScale, this::focusStep);
        bar.visibleProperty().bind(presentation.activeProperty().not().and(practice.hidingProperty().not()));
        bar.managedProperty().bind(bar.visibleProperty());
        VBox.setVgrow(diagram, Priority.ALWAYS);
        VBox place = new VBox(bar, diagram);
        place.setId("diagram-place");
        place.setMinHeight(0);
        return place;
    }

    /**
     * After a frame is laid out in presentation mode, collapses the diagram if the step did not fit
     * below it even at the smallest size; showing another step, view or unit gives it back.
     */
    private void collapseDiagramForStep() {
        if (presentation.isActive() && stepPane != null && !stepPane.fits() && !layout.isDiagramCollapsed()) {
            layout.collapseDiagram(true);
        }
    }

    private NetworkEditorView editorView() {
        NetworkEditorView view = new NetworkEditorView(editor, new PresetBox(editor.networkProperty(), this::loadPreset),
                hover, this::focusStep);
        view.disableProperty().bind(training.runningProperty());
        return view;
    }

    private TrainingPanel trainingPanel() {
        trainingPanel = new TrainingPanel(training, new LossChart(training.losses()));
        return trainingPanel;
    }

    /**
     * Fills {@code tab} when it is first selected, or in its turn among the window's parts (handed
     * to {@code later}) if sooner.
     */
    private void fillWhenShownOrLater(Tab tab, Supplier<Node> content, Consumer<Runnable> later) {
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                fill.run();
            }
        });
        later.accept(fill);
    }

    private void loadPreset(Preset chosen) {
        try {
            editor.loadPreset(chosen.load());
        } catch (RuntimeException failure) {
            Dialogs.error(stage, "The built-in network could not be loaded.", failure.getMessage());
            return;
        }
        replaced(chosen);
    }

    /**
     * After a network replaced the whole one before ({@code preset} when it is one, else null):
     * step 1, the diagram's shared colour scale on for the deep-sigmoid preset only, and the keys
     * back on the step.
     */
    void replaced(Preset preset) {
        stepper.restart();
        sharedScale.set(Presets.DEEP_SIGMOID.equals(preset));
        focusStep();
    }

    /** Gives the keyboard back to the step, so the stepping keys work at once. */
    void focusStep() {
        root.requestFocus();
    }

    /** Asks about unsaved changes, then closes the window. */
    void requestClose() {
        if (files.mayDiscard("quitting")) {
            stage.close();
        }
    }

    /** Shows the training tab with its steps field ready for typing. */
    void showTraining() {
        if (presentation.isActive()) {
            presentation.leave();
        }
        sideTabs.getSelectionModel().select(trainingTab);
        trainingPanel.focusSteps();
    }

    /** Help → "What am I looking at?": opens the symbol guide beside the window, or brings it forward. */
    void showWhatAmILookingAt() {
        if (guide == null) {
            guide = new WhatAmILookingAt(stage, stepper,
                    () -> stepPane == null ? List.of() : stepPane.grids(), root, stepKeys);
        }
        guide.show();
    }

    /** Every shortcut of the window as bound now: the key tables, the menu accelerators, the field keys. */
    List<Shortcut> shortcuts() {
        List<Shortcut> all = new ArrayList<>(ShortcutList.fromMenus(menus));
        stepKeys.bindings().forEach(binding -> all.add(binding.shortcut()));
        editKeys.bindings().forEach(binding -> all.add(binding.shortcut()));
        all.addAll(FieldKeys.shortcuts());
        return all;
    }

    /** Opens the keyboard-shortcut sheet, or brings it to the front. */
    void showShortcuts() {
        if (shortcutSheet == null) {
            shortcutSheet = new ShortcutSheet(stage, this::shortcuts, theme == Theme.DARK);
        }
        shortcutSheet.show();
    }

    /** The first-run tour, also opened from Help → Guided tour. */
    public GuidedTour guidedTour() {
        return guidedTour;
    }

    @Override
    public Theme theme() {
        return theme;
    }

    void setTheme(Theme chosen) {
        theme = chosen;
        theme.apply(root);
        if (settings != null) {
            try {
                settings.setDarkTheme(chosen == Theme.DARK);
            } catch (UncheckedIOException notRemembered) {
                Dialogs.error(stage, "The theme could not be remembered for next time.", notRemembered.getMessage());
            }
        }
    }

    /** Applies the remembered theme and remembers later choices in {@code store}. */
    void useSettings(WindowSettings store) {
        theme = Theme.of(store);
        theme.apply(root);
        settings = store;
        stepper.conventionProperty().set(ConventionSetting.read(store));
        stepper.conventionProperty().addListener((observable, old, chosen) -> {
            try {
                ConventionSetting.write(store, chosen);
            } catch (UncheckedIOException notRemembered) {
                Dialogs.error(stage, "The convention could not be remembered for next time.", notRemembered.getMessage());
            }
        });
    }

    /** The gradient check of the current trace, naming parameters in the convention's layer index. */
    private GradientCheckPanel gradientCheckPanel() {
        GradientCheckPanel panel = new GradientCheckPanel(stepper.traceProperty());
        panel.indexStyleProperty().bind(indexStyle());
        return panel;
    }

    /** The current convention's layer index style (a⁽ˡ⁾, aˡ or a^[l]). */
    private ObservableValue<IndexStyle> indexStyle() {
        return Bindings.createObjectBinding(() -> stepper.conventionProperty().get().index(), stepper.conventionProperty());
    }

    /** Shows the current step beside the same step in another convention. */
    void showTranslation() {
        if (stepper.derivationProperty().get() != null && stepper.stepProperty().get() != null) {
            TranslateDialog.show(stage, stepper.derivationProperty().get(), stepper.stepProperty().get());
        }
    }

    /** The parts of the window still being built after its first frame, if any. */
    WindowParts parts() {
        return parts;
    }

    @Override
    public Stage stage() {
        return stage;
    }

    /** The gradient check, training and cost tabs beside the step. */
    TabPane sideTabs() {
        return sideTabs;
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    public NetworkEditorModel editor() {
        return editor;
    }

    @Override
    public DocumentModel document() {
        return document;
    }

    @Override
    public StepperModel stepper() {
        return stepper;
    }

    @Override
    public PracticeModel practice() {
        return practice;
    }

    TrainingModel training() {
        return training;
    }

    FileActions files() {
        return files;
    }

    /** The weight, bias or unit the pointer is over, shared by the diagram, the grids and the editor. */
    ObjectProperty<HoverTarget> hover() {
        return hover;
    }

    public MenuBar menus() {
        return menus;
    }

    public KeyBindings stepKeys() {
        return stepKeys;
    }

    public KeyBindings editKeys() {
        return editKeys;
    }

    public ShortcutSheet shortcutSheet() {
        return shortcutSheet;
    }

    PresentationMode presentation() {
        return presentation;
    }

    /** True when the diagram colours every layer on one scale. */
    BooleanProperty sharedScale() {
        return sharedScale;
    }

    /** The line in the timeline bar that says why a key did nothing. */
    StatusLine status() {
        return status;
    }

    /** Which parts around the step are shown, and whether the step is fitted to its pane. */
    WindowLayout layout() {
        return layout;
    }

    /** The current step, once the formula renderer is ready; null before. */
    StepPane stepPane() {
        return stepPane;
    }
}
