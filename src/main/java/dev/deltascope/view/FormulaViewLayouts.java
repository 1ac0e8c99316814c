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

    /** {@code latex} laid out at {@code points} by {@link FormulaRenderer#layout}, from the cache when it is there. */
    static Formula layout(String latex, double points) {
        synchronized (LAID_OUT) {
            return LAID_OUT.computeIfAbsent(new Key(latex, points), key -> FormulaRenderer.layout(key.latex(), key.points()));
        }
    }
}
