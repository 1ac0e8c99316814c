package dev.deltascope.view;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * What the window shows around the step. Presentation mode hides the menus, the editor and the
 * side tabs and gives the diagram {@value #PRESENTING_DIAGRAM_SHARE} of the height, or none for a
 * step that does not fit below it (see {@link #collapseDiagram}); collapsing the
 * side panels hides the editor and the side tabs; a practice question hides the side tabs and gives
 * the diagram's height to the question, as both would show its answer. The first hiding remembers every divider, and
 * showing everything again puts each divider back where it was, once the window has its old size
 * again (leaving full screen resizes it a frame or more later, and a split pane given its
 * positions before that would move them).
 */
public final class WindowLayout {

    /** The diagram's share of the height in presentation mode: the step needs the rest to fit. */
    static final double PRESENTING_DIAGRAM_SHARE = 0.25;
    /** The side tabs' share of the row beside the step, at first. */
    static final double SIDE_SHARE = 0.36;
    /**
     * The side tabs' width at first where their share is narrower: the gradient-check table's four
     * columns read without scrolling sideways from about 390 px (GradientCheckFitTest).
     */
    static final double SIDE_WIDTH = 400;
    /** The side tabs never take more than this share at first, however narrow the window. */
    private static final double MOST_SIDE_SHARE = 0.5;
    /** How many frames to wait for the window to get its size back before putting the dividers back anyway. */
    private static final int RESTORE_FRAMES = 30;

    private final BorderPane root;
    private Node editor;
    private final Node menus;
    private final SplitPane centre;
    private final SplitPane stepAndSide;
    private final Node side;
    private final ObservableBooleanValue presenting;
    private final ObservableBooleanValue asking;
    private final BooleanProperty panelsCollapsed = new SimpleBooleanProperty(this, "panelsCollapsed");
    private final BooleanBinding fitting;
    private double[] centreDividers;
    private double[] sideDividers;
    private double savedWidth;
    private double savedHeight;
    private Runnable pendingRestore;
    private final ReadOnlyBooleanWrapper diagramCollapsed = new ReadOnlyBooleanWrapper(this, "diagramCollapsed");

    /**
     * {@code presenting}: presentation mode is on; {@code asking}: practice asks a question about
     * the step, whose answer the diagram and the side tabs would show.
     */
    WindowLayout(BorderPane root, Node editor, Node menus, SplitPane centre, SplitPane stepAndSide, Node side,
            ObservableBooleanValue presenting, ObservableBooleanValue asking) {
        this.root = root;
        this.editor = editor;
        this.menus = menus;
        this.centre = centre;
        this.stepAndSide = stepAndSide;
        this.side = side;
        this.presenting = presenting;
        this.asking = asking;
        fitting = panelsCollapsed.or(presenting);
        presenting.addListener(observable -> update());
        panelsCollapsed.addListener(observable -> update());
        asking.addListener(observable -> update());
    }

    /**
     * Gives the side tabs {@link #SIDE_SHARE} of the row beside the step, or {@link #SIDE_WIDTH} where
     * that is more (up to half the row), once the row has its first width; the side tabs then keep
     * their width as the window is resized.
     */
    static void placeSideDivider(SplitPane stepAndSide) {
        stepAndSide.setDividerPositions(1 - SIDE_SHARE);
        InvalidationListener[] once = new InvalidationListener[1];
        once[0] = observable -> {
            double width = stepAndSide.getWidth();
            if (width > 0) {
                stepAndSide.widthProperty().removeListener(once[0]);
                double share = Math.min(MOST_SIDE_SHARE, Math.max(SIDE_SHARE, SIDE_WIDTH / width));
                stepAndSide.setDividerPositions(1 - share);
            }
        };
        stepAndSide.widthProperty().addListener(once[0]);
    }

    /**
     * Shows {@code shown} where the editor goes from now on, in place of what stood there (the
     * placeholder that keeps its room while the window is built).
     */
    void setEditor(Node shown) {
        boolean showing = root.getLeft() == editor;
        editor = shown;
        if (showing) {
            root.setLeft(shown);
        }
    }

    /** True while the editor and side tabs are collapsed by the person (not by presentation mode). */
    BooleanProperty panelsCollapsedProperty() {
        return panelsCollapsed;
    }

    void togglePanels() {
        panelsCollapsed.set(!panelsCollapsed.get());
    }

    /** True when the step should fit its pane without scrolling: presenting, or with the panels collapsed. */
    BooleanBinding fitting() {
        return fitting;
    }

    private void update() {
        boolean present = presenting.get();
        boolean hidePanels = present || panelsCollapsed.get();
        boolean ask = asking.get();
        if ((hidePanels || ask) && centreDividers == null) {
            remember();
        }
        cancelRestore();
        menus.setVisible(!present);
        menus.setManaged(!present);
        root.setLeft(hidePanels ? null : editor);
        if (hidePanels || ask) {
            stepAndSide.getItems().remove(side);
        } else if (!stepAndSide.getItems().contains(side)) {
            stepAndSide.getItems().add(side);
        }
        diagramCollapsed.set(false);
        if (ask) {
            centre.setDividerPositions(0);
        } else if (present) {
            centre.setDividerPositions(PRESENTING_DIAGRAM_SHARE);
        } else if (hidePanels) {
            centre.setDividerPositions(centreDividers);
        } else if (centreDividers != null) {
            restoreWhenSized();
        }
    }

    /**
     * In presentation mode, gives the step the diagram's height too (when {@code collapsed}) or the
     * diagram its share back; outside it, does nothing.
     */
    void collapseDiagram(boolean collapsed) {
        if (!presenting.get() || asking.get() || collapsed == diagramCollapsed.get()) {
            return;
        }
        diagramCollapsed.set(collapsed);
        centre.setDividerPositions(collapsed ? 0 : PRESENTING_DIAGRAM_SHARE);
    }

    /** True while presentation mode has collapsed the diagram for a step that did not fit beside it. */
    boolean isDiagramCollapsed() {
        return diagramCollapsed.get();
    }

    /** {@link #isDiagramCollapsed()} as a property. */
    ReadOnlyBooleanProperty diagramCollapsedProperty() {
        return diagramCollapsed.getReadOnlyProperty();
    }

    private void remember() {
        centreDividers = centre.getDividerPositions();
        sideDividers = stepAndSide.getDividerPositions();
        Scene scene = root.getScene();
        savedWidth = scene == null ? 0 : scene.getWidth();
        savedHeight = scene == null ? 0 : scene.getHeight();
    }

    /** Puts the dividers back in the first frame laid out at the remembered size (or after {@value #RESTORE_FRAMES} frames). */
    private void restoreWhenSized() {
        double[] centreAt = centreDividers;
        double[] sideAt = sideDividers;
        centreDividers = null;
        sideDividers = null;
        Runnable restore = () -> {
            centre.setDividerPositions(centreAt);
            stepAndSide.setDividerPositions(sideAt);
        };
        restore.run();
        Scene scene = root.getScene();
        if (scene == null) {
            return;
        }
        int[] frames = {0};
        pendingRestore = () -> {
            restore.run();
            if (++frames[0] >= RESTORE_FRAMES || scene.getWidth() == savedWidth && scene.getHeight() == savedHeight) {
                cancelRestore();
            }
        };
        scene.addPostLayoutPulseListener(pendingRestore);
    }

    private void cancelRestore() {
        if (pendingRestore != null && root.getScene() != null) {
            root.getScene().removePostLayoutPulseListener(pendingRestore);
        }
        pendingRestore = null;
    }
}
