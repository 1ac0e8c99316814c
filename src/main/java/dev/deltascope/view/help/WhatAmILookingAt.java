package dev.deltascope.view.help;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.SymbolEntry;
import dev.deltascope.derivation.SymbolGuide;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.view.keys.KeyBindings;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.step.MatrixGridView;
import dev.deltascope.view.step.StepKeys;
import dev.deltascope.view.step.StepperModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → "What am I looking at?": a window beside the main one that explains every symbol of the
 * current step as it is shown (the formula, what it is with its shape, where its numbers live) and
 * follows the person as they step or switch views. Pointing at an entry marks its grid in the step
 * pane; clicking an entry keeps the mark until the next click or step. Esc closes it; the stepping
 * keys still step.
 */
public final class WhatAmILookingAt {

    public static final String TITLE = "What am I looking at?";
    private static final double WIDTH = 460;
    private static final double HEIGHT = 720;
    /** A ring and a tint drawn just outside a marked grid, so marking it moves nothing. */
    private static final String MARK = "-fx-background-color: -color-accent-emphasis, -color-accent-subtle;"
            + " -fx-background-insets: -8, -5; -fx-background-radius: 9, 7;";

    private final Stage stage = new Stage();
    private final StepperModel stepper;
    private final Supplier<List<MatrixGridView>> grids;
    private final Label heading = new Label();
    private final Label subheading = new Label();
    private final VBox rows = new VBox();
    private final List<WhatAmILookingAtRow> shown = new ArrayList<>();
    private NamedMatrix pointed;
    private NamedMatrix pinned;

    /**
     * A window owned by {@code owner} explaining {@code stepper}'s current step; {@code grids} gives
     * the step pane's grids as shown now, and {@code themed} is the main window's root, whose theme it follows;
     * {@code stepKeys} are the main window's stepping keys, which work here too (Esc closes this window instead).
     */
    public WhatAmILookingAt(Window owner, StepperModel stepper, Supplier<List<MatrixGridView>> grids, Parent themed,
            KeyBindings stepKeys) {
        this.stepper = stepper;
        this.grids = grids;
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        Scene scene = new Scene(createView(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Theme.stylesheet());
        scene.getStylesheets().add(WhatAmILookingAt.class.getResource("what-am-i-looking-at.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                stage.hide();
            }
        });
        StepKeys.install(scene, stepKeys.without(StepKeys.LEAVE_PRESENTATION));
        stage.setScene(scene);
        followTheme(themed, scene.getRoot());
        InvalidationListener refresh = observable -> {
            if (stage.isShowing()) {
                refresh();
            }
        };
        stepper.stepProperty().addListener(refresh);
        stepper.viewProperty().addListener(refresh);
        stage.setOnHidden(event -> mark(null, null));
    }

    private Parent createView() {
        heading.getStyleClass().add("guide-heading");
        heading.setWrapText(true);
        subheading.getStyleClass().add("guide-subheading");
        subheading.setWrapText(true);
        Label hint = new Label("Point at an entry to mark its grid in the step; click to keep the mark. Esc closes.");
        hint.getStyleClass().add("guide-hint");
        hint.setWrapText(true);
        VBox top = new VBox(4, heading, subheading);
        top.setPadding(new Insets(14, 16, 10, 16));
        rows.getStyleClass().add("guide-rows");
        ScrollPane scroller = new ScrollPane(rows);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("guide-scroller");
        BorderPane root = new BorderPane(scroller, top, null, hint, null);
        BorderPane.setMargin(hint, new Insets(8, 16, 10, 16));
        root.getStyleClass().add("what-am-i-looking-at");
        root.setId("what-am-i-looking-at");
        return root;
    }

    /** Copies the main window's theme class (theme-light or theme-dark) now and whenever it changes. */
    private static void followTheme(Parent themed, Parent root) {
        InvalidationListener copy = observable -> {
            root.getStyleClass().removeAll("theme-light", "theme-dark");
            themed.getStyleClass().stream().filter(name -> name.startsWith("theme-")).forEach(root.getStyleClass()::add);
        };
        themed.getStyleClass().addListener(copy);
        copy.invalidated(null);
    }

    /** Shows the window beside its owner (or brings it to the front) with the current step. */
    public void show() {
        refresh();
        if (!stage.isShowing()) {
            place();
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** To the right of the owner when the screen has room, else over its right edge; as tall as the owner. */
    private void place() {
        Window owner = stage.getOwner();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double right = owner.getX() + owner.getWidth();
        double x = right + WIDTH <= screen.getMaxX() ? right : Math.max(screen.getMinX(), screen.getMaxX() - WIDTH);
        stage.setX(x);
        stage.setY(Math.max(screen.getMinY(), owner.getY()));
        stage.setHeight(Math.min(Math.max(HEIGHT, owner.getHeight()), screen.getMaxY() - stage.getY()));
    }

    private void refresh() {
        pointed = null;
        pinned = null;
        shown.clear();
        Step step = stepper.step();
        Derivation derivation = stepper.derivationProperty().get();
        if (step == null || derivation == null) {
            heading.setText("No step to explain");
            subheading.setText("Build or open a network, then step through its derivation.");
            rows.getChildren().clear();
            return;
        }
        ViewKind view = SymbolGuide.shownView(step, stepper.viewProperty().get());
        heading.setText(step.title());
        subheading.setText((view == null ? "Every symbol of this step, and where its numbers live."
                : "In the view " + step.view(view).title() + ": every symbol, and where its numbers live.")
                + " Convention: " + derivation.convention().summary() + ".");
        for (SymbolEntry entry : SymbolGuide.entries(derivation.trace().network(), derivation.example(), step, view,
                derivation.convention())) {
            WhatAmILookingAtRow row = new WhatAmILookingAtRow(entry);
            row.setOnMouseEntered(event -> mark(entry.matrix(), pinned));
            row.setOnMouseExited(event -> mark(null, pinned));
            row.setOnMouseClicked(event -> mark(pointed, pinned == entry.matrix() ? null : entry.matrix()));
            shown.add(row);
        }
        double column = shown.stream().mapToDouble(WhatAmILookingAtRow::symbolWidth).max().orElse(0);
        column = Math.max(WhatAmILookingAtRow.NARROWEST_COLUMN, Math.min(WhatAmILookingAtRow.WIDEST_COLUMN, column));
        for (WhatAmILookingAtRow row : shown) {
            row.setSymbolColumn(column);
        }
        rows.getChildren().setAll(shown);
    }

    /** Marks the grid of the pointed-at matrix, or failing that the pinned one; and the rows that name them. */
    private void mark(NamedMatrix pointedAt, NamedMatrix pinnedNow) {
        pointed = pointedAt;
        pinned = pinnedNow;
        NamedMatrix marked = pointed != null ? pointed : pinned;
        for (MatrixGridView grid : grids.get()) {
            boolean on = marked != null && grid.name().equals(marked.name()) && grid.values().equals(marked.values());
            grid.setStyle(on ? MARK : "");
        }
        for (WhatAmILookingAtRow row : shown) {
            row.setMarked(marked != null && row.entry().matrix() == marked);
        }
    }
}
