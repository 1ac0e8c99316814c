package dev.deltascope.view.step;

import dev.deltascope.numbers.NumberFormatter;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * The tooltip that follows the pointer over a grid or the diagram and names the value under it.
 * Shown and moved by hand rather than installed: an installed tooltip stays stuck when its node is
 * replaced.
 */
public final class PointerTooltip {

    /** The hover text's digits: 17 give back the shortest decimal that reads as the same double. */
    public static final NumberFormatter FULL_PRECISION = new NumberFormatter(17);
    private static final double OFFSET = 14;

    private final Node owner;
    private Tooltip tooltip;

    /** A tooltip shown over {@code owner}. */
    public PointerTooltip(Node owner) {
        this.owner = owner;
    }

    /** The tooltip itself; made on first use, as most grids are never pointed at. */
    public Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.getStyleClass().add("matrix-tooltip");
        }
        return tooltip;
    }

    /** Shows {@code text} beside the pointer at (screenX, screenY), moving the tooltip if it is up already. */
    public void show(String text, double screenX, double screenY) {
        Tooltip shown = tooltip();
        shown.setText(text);
        if (shown.isShowing()) {
            shown.setAnchorX(screenX + OFFSET);
            shown.setAnchorY(screenY + OFFSET);
        } else {
            shown.show(owner, screenX + OFFSET, screenY + OFFSET);
        }
    }

    public void hide() {
        if (tooltip != null) {
            tooltip.hide();
        }
    }
}
