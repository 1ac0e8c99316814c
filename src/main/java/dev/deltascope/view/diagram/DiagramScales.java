package dev.deltascope.view.diagram;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Trace;

/**
 * The colour scale of each layer of the diagram and the norms ‖δ^l‖ of one example. On its own
 * scale a layer's largest |value| is saturated however small it is; on the shared scale every
 * layer showing the same quantity (a, z or δ) is measured against the largest |value| among them,
 * so δ¹ = −2.7e−5 beside δ⁶ = −0.117 is drawn nearly neutral.
 *
 * @param scales for l = 0..L, the |value| drawn fully saturated (1 where nothing is shown)
 * @param errorNorms for l = 0..L, ‖δ^l‖₂ of the example where layer l shows δ, else NaN
 */
record DiagramScales(double[] scales, double[] errorNorms) {

    /** The scales and norms for {@code example} (column k, from 0) of what {@code focus} shows. */
    static DiagramScales of(Trace trace, DiagramFocus focus, int example, boolean shared) {
        int depth = trace.network().depth();
        double[] own = new double[depth + 1];
        double[] norms = new double[depth + 1];
        for (int l = 0; l <= depth; l++) {
            Matrix values = focus.values(trace, l);
            own[l] = values == null ? 0 : largest(values, example);
            norms[l] = focus.shown(l) == DiagramFocus.Quantity.ERROR && values != null ? norm(values, example) : Double.NaN;
        }
        double[] scales = new double[depth + 1];
        for (int l = 0; l <= depth; l++) {
            double scale = own[l];
            if (shared) {
                for (int other = 0; other <= depth; other++) {
                    if (focus.shown(other) == focus.shown(l)) {
                        scale = Math.max(scale, own[other]);
                    }
                }
            }
            scales[l] = scale > 0 ? scale : 1;
        }
        return new DiagramScales(scales, norms);
    }

    /** The scale of layer l's units. */
    double scale(int l) {
        return scales[l];
    }

    /** ‖δ^l‖₂ of the example, or NaN where layer l does not show δ. */
    double errorNorm(int l) {
        return errorNorms[l];
    }

    /** The largest finite ‖δ^l‖ shown, or 0 when none is. */
    double largestErrorNorm() {
        double largest = 0;
        for (double norm : errorNorms) {
            if (Double.isFinite(norm)) {
                largest = Math.max(largest, norm);
            }
        }
        return largest;
    }

    /** The largest finite |value| in column {@code column}; 0 when there is none. */
    private static double largest(Matrix values, int column) {
        double max = 0;
        for (int r = 0; r < values.rows(); r++) {
            double v = values.get(r, column);
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    /** ‖column‖₂ = √(Σ_j v_j²); NaN or ∞ when an entry is. */
    private static double norm(Matrix values, int column) {
        double sum = 0;
        for (int r = 0; r < values.rows(); r++) {
            sum += values.get(r, column) * values.get(r, column);
        }
        return Math.sqrt(sum);
    }
}
