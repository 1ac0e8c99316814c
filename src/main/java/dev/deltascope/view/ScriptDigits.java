package dev.deltascope.view;

/** Whole numbers as Unicode superscript or subscript digits, for labels like W² and n₁. */
final class ScriptDigits {

    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉";

    private ScriptDigits() {
    }

    /** 12 → "¹²", −1 → "⁻¹". */
    static String superscript(int number) {
        return convert(number, SUPERSCRIPT, '⁻');
    }

    /** 12 → "₁₂", −1 → "₋₁". */
    static String subscript(int number) {
        return convert(number, SUBSCRIPT, '₋');
    }

    private static String convert(int number, String digits, char minus) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            text.append(c == '-' ? minus : digits.charAt(c - '0'));
        }
        return text.toString();
    }
}
