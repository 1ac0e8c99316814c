package dev.deltascope.view.step;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;

/**
 * One view's share of the window's hover (a grid, the diagram): it remembers what it set last, so
 * that leaving clears the hover only while the hover is still its own, never one another view has
 * set since.
 */
public final class HoverSource {

    private final ObjectProperty<HoverTarget> hover;
    private HoverTarget own;

    /** A source that sets {@code hover}, shared with the other views. */
    public HoverSource(ObjectProperty<HoverTarget> hover) {
        this.hover = Objects.requireNonNull(hover, "hover");
    }

    /** Sets the hover to {@code target}; null clears it if this source set it last and no one has changed it since. */
    public void publish(HoverTarget target) {
        if (target != null) {
            own = target;
            hover.set(target);
        } else if (own != null) {
            if (own.equals(hover.get())) {
                hover.set(null);
            }
            own = null;
        }
    }
}
