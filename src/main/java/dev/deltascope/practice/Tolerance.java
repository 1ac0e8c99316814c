package dev.deltascope.practice;

/**
 * When a typed entry counts as a value: it must lie within one unit in the last significant digit
 * the window shows. With d significant digits a value v ≠ 0 shown as v rounded is accepted within
 * 10^{⌊log₁₀|v|⌋ − d + 1}: with 4 digits, 0.1385 accepts 0.1384 … 0.1386 and −2.5 accepts
 * −2.501 … −2.499. That takes the value as shown (half a unit away at most) and the same value
 * rounded the other way or cut off. A zero must be typed as 0 (within 10^{−12}).
 */
public final class Tolerance {

    /** What counts as zero: far below anything four to twelve shown digits can express. */
    static final double ZERO = 1e-12;

    private Tolerance() {
    }

    /** The largest |typed − value| accepted for this value at d significant digits. */
    public static double of(double value, int significantDigits) {
        if (value == 0 || !Double.isFinite(value)) {
            return ZERO;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        return Math.max(ZERO, Math.pow(10, exponent - significantDigits + 1));
    }

    /** True when the typed number stands for the value at d significant digits. */
    public static boolean accepts(double value, double typed, int significantDigits) {
        return Double.isFinite(value) && Math.abs(typed - value) <= of(value, significantDigits);
    }

    /** The rule in one sentence, for the window and the exercise sheet. */
    public static String rule(int significantDigits) {
        return "An entry counts as right when it is within one unit of the last of the " + significantDigits
                + " significant digits shown.";
    }
}
