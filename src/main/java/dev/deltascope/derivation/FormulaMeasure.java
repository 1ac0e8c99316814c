package dev.deltascope.derivation;

/** How large a formula is when typeset, in points at some size; the renderer provides it. */
@FunctionalInterface
public interface FormulaMeasure {

    /**
     * A formula's size in points.
     *
     * @param width across
     * @param height above the baseline
     * @param depth below the baseline
     */
    record Extent(double width, double height, double depth) {

        /** height + depth. */
        public double totalHeight() {
            return height + depth;
        }
    }

    /** The size of this LaTeX (display style) when typeset. */
    Extent measure(String latex);
}
