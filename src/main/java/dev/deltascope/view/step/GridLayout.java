package dev.deltascope.view.step;

import dev.deltascope.derivation.Elision;

/**
 * Which rows (or columns) of a matrix a grid draws, or which units of a layer the diagram draws:
 * all of them up to a maximum ({@value #MAX_SHOWN} for grids); beyond that the first maximum − 2,
 * an ellipsis, and the last one: the {@link Elision} rule the LaTeX and the exports use.
 */
public final class GridLayout {

    static final int MAX_SHOWN = 8;
    public static final int ELLIPSIS = Elision.ELIDED;

    private final int size;
    private final int[] shown;

    private final int maxShown;

    GridLayout(int size) {
        this(size, MAX_SHOWN);
    }

    public GridLayout(int size, int maxShown) {
        if (size < 1) {
            throw new IllegalArgumentException("a grid needs at least one row and column, was " + size);
        }
        if (maxShown < 3) {
            throw new IllegalArgumentException("at least 3 entries must be shown, was " + maxShown);
        }
        this.size = size;
        this.maxShown = maxShown;
        this.shown = Elision.shown(size, maxShown);
    }

    /** The indices drawn, in order, with {@link #ELLIPSIS} where the middle is left out. */
    int[] shown() {
        return shown.clone();
    }

    public int count() {
        return shown.length;
    }

    public int at(int position) {
        return shown[position];
    }

    /** Where index is drawn, or −1 when it is elided. */
    public int position(int index) {
        for (int p = 0; p < shown.length; p++) {
            if (shown[p] == index) {
                return p;
            }
        }
        return -1;
    }

    /** "rows 6–18 not shown" for the plural noun given; empty when nothing is elided. */
    String hiddenText(String plural) {
        if (size <= maxShown) {
            return "";
        }
        return plural + " " + (maxShown - 2) + "–" + (size - 2) + " not shown";
    }
}
