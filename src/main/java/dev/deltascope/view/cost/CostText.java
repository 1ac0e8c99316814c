package dev.deltascope.view.cost;

import dev.deltascope.numbers.NumberFormatter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the cost panel writes counts, times and ratios. */
final class CostText {

    private CostText() {
    }

    /** 1048576 → "1,048,576". */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /**
     * A time in nanoseconds with three significant digits and a unit: "850 ns", "12.3 µs", "4.56 ms",
     * "1.2 s". The unit is chosen after rounding, so 999.6 ns is "1 µs", not "1e3 ns".
     */
    static String time(double nanos) {
        if (Double.isFinite(nanos) && nanos > 0) {
            nanos = new BigDecimal(nanos).round(new MathContext(3)).doubleValue();
        }
        if (nanos < 1e3) {
            return new NumberFormatter(3).text(nanos) + " ns";
        }
        if (nanos < 1e6) {
            return new NumberFormatter(3).text(nanos / 1e3) + " µs";
        }
        if (nanos < 1e9) {
            return new NumberFormatter(3).text(nanos / 1e6) + " ms";
        }
        return new NumberFormatter(3).text(nanos / 1e9) + " s";
    }

    /** "2×", "1.5×", "341×": two significant digits, whole numbers from 100 up. */
    static String ratio(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "–";
        }
        return new NumberFormatter(ratio >= 100 ? (int) Math.floor(Math.log10(ratio)) + 1 : 2).text(ratio) + "×";
    }

    /** A power of ten as a tick label: 0 → "1", 3 → "1k", 6 → "1M", −1 → "0.1". */
    static String powerOfTen(double exponent) {
        long whole = Math.round(exponent);
        return switch ((int) whole) {
            case 3 -> "1k";
            case 4 -> "10k";
            case 5 -> "100k";
            case 6 -> "1M";
            case 7 -> "10M";
            case 8 -> "100M";
            default -> BigDecimal.ONE.scaleByPowerOfTen((int) whole).toPlainString();
        };
    }

    /** A power of ten of nanoseconds as a tick label: 2 → "100 ns", 3 → "1 µs", 7 → "10 ms". */
    static String powerOfTenNanos(double exponent) {
        return time(Math.pow(10, Math.round(exponent)));
    }
}
