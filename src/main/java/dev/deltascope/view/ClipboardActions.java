package dev.deltascope.view;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.PictureTheme;
import dev.deltascope.export.PngExporter;
import dev.deltascope.export.StepPicture;
import dev.deltascope.view.dialog.Dialogs;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.step.ShownView;
import dev.deltascope.view.step.StepPane;
import dev.deltascope.view.step.StepperModel;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Edit → Copy formula as LaTeX (Ctrl+Shift+C): the formulas the step pane shows, as display math
 * a LaTeX document takes unedited. Edit → Copy step as image (Ctrl+Alt+C): the step as the PNG
 * export draws it, at twice the size, drawn off the JavaFX thread.
 */
final class ClipboardActions {

    /** Pixels per point of the copied image: sharp on hi-DPI screens and in slides. */
    static final double IMAGE_SCALE = 2;

    private final StepperModel stepper;
    private final Supplier<PictureTheme> theme;
    private final Supplier<Clipboard> clipboard;
    private final Supplier<Window> owner;

    ClipboardActions(StepperModel stepper, Supplier<PictureTheme> theme, Supplier<Clipboard> clipboard,
            Supplier<Window> owner) {
        this.stepper = stepper;
        this.theme = theme;
        this.clipboard = clipboard;
        this.owner = owner;
    }

    /** Adds a separator and the two copy commands to the Edit menu; returns the menu. */
    static Menu addTo(Menu edit, MainWindow window) {
        ClipboardActions actions = new ClipboardActions(window.stepper(),
                () -> window.theme() == Theme.DARK ? PictureTheme.DARK : PictureTheme.LIGHT,
                Clipboard::getSystemClipboard, window::stage);
        MenuItem formula = new MenuItem("Copy formula as LaTeX");
        formula.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        formula.setOnAction(event -> actions.copyFormula());
        MenuItem image = new MenuItem("Copy step as image");
        image.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+C"));
        image.setOnAction(event -> actions.copyImage());
        formula.disableProperty().bind(window.stepper().stepProperty().isNull());
        image.disableProperty().bind(window.stepper().stepProperty().isNull());
        edit.getItems().addAll(new SeparatorMenuItem(), formula, image);
        return edit;
    }

    /** Puts the current step's formulas on the clipboard as LaTeX text. */
    void copyFormula() {
        Step step = stepper.step();
        if (step == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(latex(step, stepper.viewProperty().get(), stepper.unitProperty().get()));
        clipboard.get().setContent(content);
    }

    /** Draws the current step off the JavaFX thread, then puts the picture on the clipboard. */
    void copyImage() {
        Derivation derivation = stepper.derivationProperty().get();
        Step step = stepper.step();
        if (derivation == null || step == null) {
            return;
        }
        View shown = ShownView.of(step, stepper.viewProperty().get());
        PictureTheme colours = theme.get();
        Task<Image> draw = new Task<>() {
            @Override
            protected Image call() throws Exception {
                StepPicture picture = new StepPicture(derivation, step, shown == null ? null : shown.kind(), colours);
                BufferedImage pixels = PngExporter.image(picture, IMAGE_SCALE);
                return SwingFXUtils.toFXImage(pixels, null);
            }
        };
        draw.setOnSucceeded(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(draw.getValue());
            clipboard.get().setContent(content);
        });
        draw.setOnFailed(event -> Dialogs.error(owner.get(), "The step could not be copied as an image.",
                draw.getException().getMessage() == null ? draw.getException().toString()
                        : draw.getException().getMessage()));
        Thread thread = new Thread(draw, "deltascope-copy-image");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The formulas the step pane shows, one display-math block each: the step's own, or on a step
     * with views the chosen view's (the unit's sum for the component-wise view).
     */
    static String latex(Step step, ViewKind view, int unit) {
        StepPane.Formulas formulas = StepPane.formulasOf(step, view, unit);
        return "\\[ " + formulas.symbolic() + " \\]\n\\[ " + formulas.numeric() + " \\]\n";
    }
}
