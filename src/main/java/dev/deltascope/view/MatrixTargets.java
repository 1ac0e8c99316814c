package dev.deltascope.view;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a derivation matrix stands for from its plain name ("(W⁽³⁾)ᵀ", "δ⁽²⁾", "∂C/∂b⁽¹⁾",
 * "diag(σ′(z⁽²⁾))", …), so its grid can link each cell to a unit or edge of the diagram.
 */
final class MatrixTargets {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String LETTER = "[zaδZAΔ]";

    private static final Rule[] RULES = {
        new Rule("\\(W\\^(\\d+)\\)ᵀ", CellTargets::transposedWeights),
        new Rule("(?:∂C/∂)?W\\^(\\d+)", CellTargets::weights),
        new Rule("(?:∂C/∂)?b\\^(\\d+)", CellTargets::biases),
        new Rule("\\(W\\^(\\d+)\\)ᵀ[δΔ]\\^\\d+", l -> CellTargets.units(l - 1)),
        new Rule("\\(\\(W\\^(\\d+)\\)ᵀ[δΔ]\\^\\d+\\)ᵀ", l -> CellTargets.unitsAcross(l - 1)),
        new Rule("diag\\(σ′\\(" + LETTER + "\\^(\\d+)\\)\\)", CellTargets::diagonalUnits),
        new Rule("J\\^(\\d+)", CellTargets::diagonalUnits),
        new Rule("∂C[₀-₉]*/∂z\\^(\\d+)", CellTargets::unitsAcross),
        new Rule("\\(" + LETTER + "\\^(\\d+)\\)ᵀ", CellTargets::unitsAcross),
        new Rule("(?:.* ⊙ )?σ′\\(" + LETTER + "\\^(\\d+)\\)", CellTargets::units),
        new Rule(LETTER + "\\^(\\d+)", CellTargets::units),
    };

    private MatrixTargets() {
    }

    /**
     * What each cell of the matrix named {@code name} stands for; {@code outputLayer} (L) places
     * the names without a layer (∇ₐC, y, Y). Names it does not know stand for nothing.
     */
    static CellTargets of(String name, int outputLayer) {
        String plain = withCaretLayers(name.replace(" (updated)", "").replace(" (wrong)", "").strip());
        if (plain.equals("∇ₐC") || plain.equals("∇ₐCᵢ") || plain.equals("y") || plain.equals("Y")) {
            return CellTargets.units(outputLayer);
        }
        if (plain.equals("(∇ₐC)ᵀ") || plain.equals("(∇ₐCᵢ)ᵀ")) {
            return CellTargets.unitsAcross(outputLayer);
        }
        for (Rule rule : RULES) {
            Matcher match = rule.pattern().matcher(plain);
            if (match.matches()) {
                return rule.targets().apply(Integer.parseInt(match.group(1)));
            }
        }
        return CellTargets.none();
    }

    /** "(W⁽³⁾)ᵀ" → "(W^3)ᵀ": the layer index, written by LayerIndex, as a caret and digits. */
    private static String withCaretLayers(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            int digit = SUPERSCRIPT_DIGITS.indexOf(c);
            if (digit >= 0) {
                out.append(digit);
            } else if (c == '⁽') {
                out.append('^');
            } else if (c != '⁾') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record Rule(Pattern pattern, IntFunction<CellTargets> targets) {
        Rule(String regex, IntFunction<CellTargets> targets) {
            this(Pattern.compile(regex), targets);
        }
    }
}
