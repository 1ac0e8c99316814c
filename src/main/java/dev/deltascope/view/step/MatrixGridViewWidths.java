package dev.deltascope.view.step;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The widths of the cell texts the matrix grids measured lately, by font and text, so that a
 * matrix shown again on another step (the weights, the input, an activation) is not measured
 * again: measuring lays out a text for every cell. The least recently used are dropped beyond
 * {@link #CAPACITY}.
 */
final class MatrixGridViewWidths {

    /** Several derivations' cells, at a few bytes each. */
    static final int CAPACITY = 4096;

    private static final Map<Key, Double> WIDTHS = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Key(Font font, String text) {
    }

    private final Text probe = new Text();

    /** The layout width of {@code text} in {@code font}, from the cache when it is there. */
    double width(Font font, String text) {
        synchronized (WIDTHS) {
            return WIDTHS.computeIfAbsent(new Key(font, text), key -> {
                probe.setFont(key.font());
                probe.setText(key.text());
                return probe.getLayoutBounds().getWidth();
            });
        }
    }
}
