package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class HoverSourceTest {

    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>();
    private final HoverSource grid = new HoverSource(hover);
    private final HoverSource diagram = new HoverSource(hover);
    private final HoverTarget unit = new HoverTarget(1, 0, -1, false);
    private final HoverTarget weight = new HoverTarget(2, 1, 0, false);

    @Test
    void leavingClearsTheHoverThisSourceSet() {
        grid.publish(unit);
        assertEquals(unit, hover.get());

        grid.publish(null);

        assertNull(hover.get());
    }

    @Test
    void leavingKeepsAHoverAnotherSourceSetSince() {
        grid.publish(unit);
        diagram.publish(weight);

        grid.publish(null);

        assertEquals(weight, hover.get());
    }

    @Test
    void leavingTwiceOrWithoutHoveringTouchesNothing() {
        diagram.publish(weight);

        grid.publish(null);
        grid.publish(null);

        assertEquals(weight, hover.get());
    }
}
