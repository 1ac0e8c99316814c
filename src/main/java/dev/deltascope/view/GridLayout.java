package dev.deltascope.view;

/**
 * Which rows (or columns) of a matrix a grid draws: all of them up to {@value #MAX_SHOWN}; beyond
 * that the first {@value #MAX_SHOWN} − 2, an ellipsis, and the last one.
 */
final class GridLayout {

    static final int MAX_SHOWN = 8;
    static final int ELLIPSIS = -1;

    private final int size;
    private final int[] shown;

    GridLayout(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a grid needs at least one row and column, was " + size);
        }
        this.size = size;
        if (size <= MAX_SHOWN) {
            shown = new int[size];
            for (int i = 0; i < size; i++) {
                shown[i] = i;
            }
        } else {
            shown = new int[MAX_SHOWN];
            for (int i = 0; i < MAX_SHOWN - 2; i++) {
                shown[i] = i;
            }
            shown[MAX_SHOWN - 2] = ELLIPSIS;
            shown[MAX_SHOWN - 1] = size - 1;
        }
    }

    /** The indices drawn, in order, with {@link #ELLIPSIS} where the middle is left out. */
    int[] shown() {
        return shown.clone();
    }

    int count() {
        return shown.length;
    }

    int at(int position) {
        return shown[position];
    }

    /** Where index is drawn, or −1 when it is elided. */
    int position(int index) {
        for (int p = 0; p < shown.length; p++) {
            if (shown[p] == index) {
                return p;
            }
        }
        return -1;
    }

    /** "rows 6–18 not shown" for the plural noun given; empty when nothing is elided. */
    String hiddenText(String plural) {
        if (size <= MAX_SHOWN) {
            return "";
        }
        return plural + " " + (MAX_SHOWN - 2) + "–" + (size - 2) + " not shown";
    }
}
