package dev.deltascope.derivation;

import java.util.Map;

/**
 * Plain text (titles, explanations) made safe for LaTeX text mode under pdflatex with
 * inputenc utf8 and the default OT1 font encoding. LaTeX's special characters are escaped;
 * the Greek letters and math signs the derivation uses become math ({@code \ensuremath{\delta}});
 * runs of Unicode superscripts and subscripts become {@code ^{…}} and {@code _{…}}; letters
 * pdflatex prints in OT1 (most of Latin-1 and Latin Extended-A) pass through; any other
 * character becomes "?".
 */
public final class LatexText {

    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('\\', "\\ensuremath{\\backslash}"), Map.entry('{', "\\{"), Map.entry('}', "\\}"),
            Map.entry('&', "\\&"), Map.entry('%', "\\%"), Map.entry('$', "\\ensuremath{\\$}"), Map.entry('#', "\\#"),
            Map.entry('_', "\\_"), Map.entry('~', "\\~{}"), Map.entry('^', "\\^{}"),
            Map.entry('<', "\\ensuremath{<}"), Map.entry('>', "\\ensuremath{>}"), Map.entry('|', "\\ensuremath{|}"));

    private static final Map<Character, String> MATH = Map.ofEntries(
            Map.entry('δ', "\\delta"), Map.entry('Δ', "\\Delta"), Map.entry('σ', "\\sigma"), Map.entry('η', "\\eta"),
            Map.entry('∂', "\\partial"), Map.entry('∇', "\\nabla"), Map.entry('Σ', "\\Sigma"), Map.entry('∑', "\\sum"),
            Map.entry('⊙', "\\odot"), Map.entry('−', "-"), Map.entry('′', "'"), Map.entry('≠', "\\neq"),
            Map.entry('←', "\\leftarrow"), Map.entry('→', "\\rightarrow"), Map.entry('∞', "\\infty"),
            Map.entry('≈', "\\approx"), Map.entry('≤', "\\leq"), Map.entry('≥', "\\geq"), Map.entry('⋯', "\\cdots"),
            Map.entry('⋮', "\\vdots"), Map.entry('⋱', "\\ddots"), Map.entry('‖', "\\|"), Map.entry('α', "\\alpha"),
            Map.entry('β', "\\beta"), Map.entry('γ', "\\gamma"), Map.entry('ε', "\\varepsilon"),
            Map.entry('λ', "\\lambda"), Map.entry('μ', "\\mu"), Map.entry('θ', "\\theta"), Map.entry('π', "\\pi"),
            Map.entry('∈', "\\in"), Map.entry('ℝ', "\\mathbf{R}"), Map.entry('×', "\\times"),
            Map.entry('·', "\\cdot"), Map.entry('÷', "\\div"), Map.entry('±', "\\pm"), Map.entry('°', "^{\\circ}"));

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ᵀˣˡᴸʲᵏⁱⁿ";
    private static final String SUPERSCRIPT_LATEX = "0123456789+-()TxlLjkin";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₍₎ₐₖⱼᵢₗₘₙₓ";
    private static final String SUBSCRIPT_LATEX = "0123456789+-()akjilmnx";

    /** Characters pdflatex cannot print in OT1 although they lie in the ranges let through. */
    private static final String UNPRINTABLE = "«»ÐÞðþĄąĐđĘęĦħĮįĸĿŀŉŊŋŦŧŲųſ";
    private static final String PUNCTUATION = "–—‘’“”…•†‡‰€™";

    private LatexText() {
    }

    /** The text, safe to place anywhere LaTeX expects text. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (SUPERSCRIPTS.indexOf(c) >= 0 || SUBSCRIPTS.indexOf(c) >= 0) {
                boolean superscript = SUPERSCRIPTS.indexOf(c) >= 0;
                String from = superscript ? SUPERSCRIPTS : SUBSCRIPTS;
                String to = superscript ? SUPERSCRIPT_LATEX : SUBSCRIPT_LATEX;
                StringBuilder script = new StringBuilder();
                while (i < text.length() && from.indexOf(text.charAt(i)) >= 0) {
                    char mapped = to.charAt(from.indexOf(text.charAt(i)));
                    script.append(mapped == 'T' && superscript ? "\\top " : String.valueOf(mapped));
                    i++;
                }
                out.append("\\ensuremath{").append(superscript ? "^{" : "_{").append(script.toString().trim())
                        .append("}}");
                continue;
            }
            out.append(character(c));
            i++;
        }
        return out.toString();
    }

    private static String character(char c) {
        if (SPECIAL.containsKey(c)) {
            return SPECIAL.get(c);
        }
        if (MATH.containsKey(c)) {
            return "\\ensuremath{" + MATH.get(c) + "}";
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            return " ";
        }
        if (c >= ' ' && c < 0x7f) {
            return String.valueOf(c);
        }
        boolean latin = c >= 0xa0 && c <= 0x17f && UNPRINTABLE.indexOf(c) < 0;
        return latin || PUNCTUATION.indexOf(c) >= 0 ? String.valueOf(c) : "?";
    }
}
