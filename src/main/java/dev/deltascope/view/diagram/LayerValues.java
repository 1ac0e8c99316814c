package dev.deltascope.view.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numbers written in one layer's units. Each value is written as {@link UnitValue} fits it;
 * where that leaves a unit without a number and the layer's largest |value| is below 1 or at least
 * 1000 (so its numbers are long for their zeros), the layer is tried scaled by one power of
 * ten, 10^k times each value with k = −(the exponent of the largest |value|), so that δ = (−0.0091,
 * 0.003, −0.0031, 0.0062) reads −9.1, 3, −3.1, 6.2 under a label saying the units show 10³δ. The
 * scaled layer is taken when it leaves fewer units without a number. A layer whose largest |value|
 * lies in [1, 1000) is never scaled: its numbers are short already.
 *
 * @param values for each unit given, in order, its number as written, or null where none fits
 * @param scale k: the units show 10^k times their values (0: the values themselves)
 */
record LayerValues(List<UnitValue> values, int scale) {

    LayerValues {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The layer's values written in units of this radius centred at (x[i], y[i]). */
    static LayerValues fitted(double[] values, double[] x, double[] y, double radius) {
        LayerValues plain = written(values, 0, x, y, radius);
        int largest = largestExponent(values);
        if (plain.missing() == 0 || largest == Integer.MIN_VALUE || largest >= 0 && largest < 3) {
            return plain;
        }
        LayerValues scaled = written(values, -largest, x, y, radius);
        return scaled.missing() < plain.missing() ? scaled : plain;
    }

    /** How many units have no number. */
    int missing() {
        return (int) values.stream().filter(value -> value == null).count();
    }

    private static LayerValues written(double[] values, int scale, double[] x, double[] y, double radius) {
        List<UnitValue> written = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            written.add(UnitValue.fitted(values[i], scale, x[i], y[i], radius));
        }
        return new LayerValues(written, scale);
    }

    /** ⌊log₁₀ max |v|⌋ over the finite nonzero values: −3 for 0.0091; Integer.MIN_VALUE when there are none. */
    private static int largestExponent(double[] values) {
        double largest = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest == 0 ? Integer.MIN_VALUE : (int) Math.floor(Math.log10(largest));
    }
}
