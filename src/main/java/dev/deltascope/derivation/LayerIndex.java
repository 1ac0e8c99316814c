package dev.deltascope.derivation;

/**
 * The one place the layer index of a quantity is written, as a parenthesised superscript, so that
 * a⁽²⁾ can never be read as a squared: {@code a^{(2)}} in LaTeX, {@code a⁽²⁾} as plain text (U+207D,
 * U+207E around superscript digits). Every label, formula, symbol-guide entry and export writes a
 * layer through these methods.
 */
public final class LayerIndex {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Superscripts of the layer numbers a network can have, spelled once. */
    private static final String[] SMALL = new String[32];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = spell(i);
        }
    }

    private LayerIndex() {
    }

    /** The superscript of layer l in LaTeX, to follow a letter: {@code ^{(2)}}. */
    public static String latex(int l) {
        return "^{(" + l + ")}";
    }

    /** The superscript of a symbolic layer, e.g. "l+1", in LaTeX: {@code ^{(l+1)}}. */
    public static String latex(String layer) {
        return "^{(" + layer + ")}";
    }

    /** The superscript of layer l as plain text: {@code ⁽²⁾}. */
    public static String plain(int l) {
        return l >= 0 && l < SMALL.length ? SMALL[l] : spell(l);
    }

    /** The superscript of a symbolic layer as plain text: "l+1" is ⁽ˡ⁺¹⁾, "L" is ⁽ᴸ⁾. */
    public static String plain(String layer) {
        StringBuilder out = new StringBuilder("⁽");
        for (char c : layer.toCharArray()) {
            int digit = Character.digit(c, 10);
            out.append(digit >= 0 ? SUPERSCRIPT_DIGITS.charAt(digit) : switch (c) {
                case 'l' -> 'ˡ';
                case 'L' -> 'ᴸ';
                case '+' -> '⁺';
                case '-', '−' -> '⁻';
                default -> throw new IllegalArgumentException("layer " + layer + ": no superscript for " + c);
            });
        }
        return out.append('⁾').toString();
    }

    /** The number in Unicode superscript digits, without the parentheses; 12 is ¹². */
    static String digits(int number) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String spell(int number) {
        return "⁽" + digits(number) + "⁾";
    }
}
