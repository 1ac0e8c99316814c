package dev.deltascope.derivation;

/**
 * The one rule for which rows or columns of a long matrix (or terms of a long sum, or units of
 * a wide layer) are shown, used by the LaTeX, the exported pictures and the window alike: all of
 * them when there are at most limit; otherwise limit slots, the ellipsis counted as one: the first
 * limit − 2, the ellipsis, and the last. A limit below 3 is taken as 3, so that something stands
 * on each side of the ellipsis.
 */
public final class Elision {

    /** Marks the ellipsis among the indices shown. */
    public static final int ELIDED = -1;
    /** The smallest number of slots an elided run takes: first, ellipsis, last. */
    public static final int MIN_SLOTS = 3;

    private Elision() {
    }

    /**
     * The indices 0..count−1 to show, in order, with {@link #ELIDED} where the middle is left out.
     *
     * @throws IllegalArgumentException when count or limit is below 1
     */
    public static int[] shown(int count, int limit) {
        if (count < 1 || limit < 1) {
            throw new IllegalArgumentException("count and limit: must be at least 1, were " + count + " and " + limit);
        }
        if (count <= limit) {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = i;
            }
            return all;
        }
        int slots = Math.min(count, Math.max(limit, MIN_SLOTS));
        if (slots == count) {
            return shown(count, count);
        }
        int[] some = new int[slots];
        for (int i = 0; i < slots - 2; i++) {
            some[i] = i;
        }
        some[slots - 2] = ELIDED;
        some[slots - 1] = count - 1;
        return some;
    }

    /** Whether anything is left out. */
    public static boolean elides(int count, int limit) {
        return shown(count, limit).length < count;
    }
}
