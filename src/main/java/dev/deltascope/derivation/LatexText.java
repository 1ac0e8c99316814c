package dev.deltascope.derivation;

import java.util.Map;

/**
 * Plain text (titles, explanations) made safe for LaTeX text mode. LaTeX's special characters
 * are escaped; the Greek letters and math signs the derivation uses become math
 * ({@code \ensuremath{\delta}}); runs of Unicode superscripts and subscripts become {@code ^{…}}
 * and {@code _{…}}; letters pdflatex prints in OT1 (most of Latin-1 and Latin Extended-A) pass
 * through; pairs TeX would join into a ligature ({@code ?`} into ¿, {@code --} into –) are kept
 * apart; bidirectional controls are dropped (LaTeX does not reorder text, so they could only
 * reorder what a PDF viewer copies); any other character becomes {@code \textchar{c}{U+XXXX}},
 * which the documents' preamble ({@link #UNICODE_PREAMBLE}) typesets as the character under
 * LuaLaTeX or XeLaTeX and as its code point under pdflatex.
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

    /**
     * Preamble lines for documents holding escaped text: inputenc under pdflatex, fontspec under
     * LuaLaTeX and XeLaTeX, and {@code \textchar}. Needs hyperref loaded (Beamer loads it) for
     * {@code \texorpdfstring}.
     */
    public static final String UNICODE_PREAMBLE = """
            \\usepackage{iftex}
            \\ifPDFTeX
              \\usepackage[utf8]{inputenc}
              \\DeclareRobustCommand{\\textchar}[2]{\\texorpdfstring{\\textsf{[#2]}}{#2}}
            \\else
              \\usepackage{fontspec}
              \\DeclareRobustCommand{\\textchar}[2]{#1}
            \\fi
            """;

    /** A comment for a document's first lines: which engine typesets which titles. */
    public static final String ENGINE_NOTE = """
            % Compiles with pdflatex, lualatex or xelatex. Letters outside Latin and Greek (Chinese,
            % Arabic, emoji, ...) are typeset by lualatex or xelatex, given a font that has them
            % (\\setmainfont, or \\setsansfont in a Beamer deck, after \\usepackage{fontspec}; lualatex
            % sets right-to-left letters left to right); pdflatex shows their code points, [U+4E2D].
            """;

    /** Bidirectional formatting characters: embeddings, overrides, isolates and marks. */
    private static final String BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
            + "\u2066\u2067\u2068\u2069";
    /** Pairs of characters TeX joins into one glyph: the first of each pair is followed by {}. */
    private static final String[] LIGATURES = {"?`", "!`", "--", "``", "''", ",,", "<<", ">>"};
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩ";
    private static final String[] GREEK_LATEX = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "mathit{o}", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
        "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega"};

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
            if (BIDI_CONTROLS.indexOf(c) >= 0) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            out.append(codePoint == c ? character(c) : unicode(codePoint));
            i += Character.charCount(codePoint);
            if (i < text.length() && startsLigature(c, text.charAt(i))) {
                out.append("{}");
            }
        }
        return out.toString();
    }

    /**
     * Text for a PDF metadata field set through hyperref (with its unicode option), where every
     * Unicode character is kept: only LaTeX's special characters are escaped and ligature pairs
     * kept apart; bidirectional and control characters are dropped.
     */
    public static String metadata(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String plain = TitleText.plain(text);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '{', '}', '%', '#', '&', '_', '$' -> out.append('\\').append(c);
                default -> out.append(c);
            }
            if (i + 1 < plain.length() && startsLigature(c, plain.charAt(i + 1))) {
                out.append("{}");
            }
        }
        return out.toString();
    }

    private static boolean startsLigature(char first, char second) {
        for (String pair : LIGATURES) {
            if (pair.charAt(0) == first && pair.charAt(1) == second) {
                return true;
            }
        }
        return false;
    }

    /** A character pdflatex has no glyph for, typeset by the preamble's {@code \textchar}. */
    private static String unicode(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                || Character.getType(codePoint) == Character.SURROGATE
                || Character.getType(codePoint) == Character.UNASSIGNED) {
            return "";
        }
        return "\\textchar{" + new String(Character.toChars(codePoint)) + "}{U+"
                + String.format("%04X", codePoint) + "}";
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
        if (c < ' ' || c == 0x7f) {
            return "";
        }
        if (c >= ' ' && c < 0x7f) {
            return String.valueOf(c);
        }
        int greek = GREEK.indexOf(c);
        if (greek >= 0) {
            return "\\ensuremath{\\" + GREEK_LATEX[greek] + "}";
        }
        boolean latin = c >= 0xa0 && c <= 0x17f && UNPRINTABLE.indexOf(c) < 0;
        return latin || PUNCTUATION.indexOf(c) >= 0 ? String.valueOf(c) : unicode(c);
    }
}
