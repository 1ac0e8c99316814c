package dev.deltascope.view;

import dev.deltascope.render.Formula;
import dev.deltascope.render.FormulaRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The formulas the formula views laid out lately, by LaTeX and point size, so that stepping back
 * and forth through a derivation lays each formula out once (JLaTeXMath's layout is about a
 * millisecond per formula on the JavaFX thread). The least recently used are dropped beyond
 * {@link #CAPACITY}. Laid-out formulas are immutable and only drawn, so views can share them.
 */
final class FormulaViewLayouts {

    /** Two formulas for each of about sixty steps: a few derivations' worth. */
    static final int CAPACITY = 128;

    private static final Map<Key, Formula> LAID_OUT = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Formula> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Key(String latex, double points) {
    }

    private FormulaViewLayouts() {
    }

    /**
     * {@code latex} laid out at {@code points} by {@link FormulaRenderer#layout}, from the cache when
     * it is there. The layout itself runs outside the lock, so a layout in the background never
     * holds up the JavaFX thread's lookups; when two threads lay out the same formula at once, the
     * first to finish is kept.
     */
    static Formula layout(String latex, double points) {
        Key key = new Key(latex, points);
        synchronized (LAID_OUT) {
            Formula cached = LAID_OUT.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Formula laidOut = FormulaRenderer.layout(latex, points);
        synchronized (LAID_OUT) {
            Formula first = LAID_OUT.putIfAbsent(key, laidOut);
            return first != null ? first : laidOut;
        }
    }

    /** Whether {@code latex} at {@code points} is in the cache now (without making it the most recent). */
    static boolean contains(String latex, double points) {
        synchronized (LAID_OUT) {
            return LAID_OUT.containsKey(new Key(latex, points));
        }
    }
}
