package dev.deltascope.view.step;

import dev.deltascope.render.Formula;
import dev.deltascope.render.FormulaCache;
import dev.deltascope.render.FormulaRenderer;

/**
 * The formulas the formula views laid out lately, by LaTeX and point size, so that stepping back
 * and forth through a derivation lays each formula out once (JLaTeXMath's layout is about a
 * millisecond per formula on the JavaFX thread). A {@link FormulaCache} of layouts: least recently
 * used dropped beyond {@link #CAPACITY}, a miss laid out outside the lock (so a layout in the
 * background never holds up the JavaFX thread's lookups). Laid-out formulas are immutable and only
 * drawn, so views can share them.
 */
final class FormulaViewLayouts {

    /** Two formulas for each of about sixty steps: a few derivations' worth. */
    static final int CAPACITY = 128;

    /** A layout depends on neither colour nor scale; the cache's key holds them fixed. */
    private static final int ANY_COLOUR = 0;
    private static final double ANY_SCALE = 1;

    private static final FormulaCache<Formula> LAID_OUT = new FormulaCache<>(CAPACITY, Long.MAX_VALUE,
            key -> FormulaRenderer.layout(key.latex(), key.pointSize()), formula -> 0);

    private FormulaViewLayouts() {
    }

    /** {@code latex} laid out at {@code points} by {@link FormulaRenderer#layout}, from the cache when it is there. */
    static Formula layout(String latex, double points) {
        return LAID_OUT.get(key(latex, points));
    }

    /** Whether {@code latex} at {@code points} is in the cache now. */
    static boolean contains(String latex, double points) {
        return LAID_OUT.contains(key(latex, points));
    }

    private static FormulaCache.Key key(String latex, double points) {
        return new FormulaCache.Key(latex, points, ANY_COLOUR, ANY_SCALE);
    }
}
