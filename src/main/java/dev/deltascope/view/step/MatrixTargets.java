package dev.deltascope.view.step;

import java.util.function.IntFunction;
import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.DerivativeLayout;
import dev.deltascope.derivation.IndexStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a derivation matrix stands for from its plain name ("(W⁽³⁾)ᵀ", "δ⁽²⁾", "∂C/∂b⁽¹⁾",
 * "diag(σ′(z⁽²⁾))", …), so its grid can link each cell to a unit or edge of the diagram.
 */
final class MatrixTargets {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String LETTER = "[zaδZAΔ]";
    /** ∂C/∂z⁽ˡ⁾ or ∂Cₖ/∂z⁽ˡ⁾ of the Jacobian chain: a row in numerator layout, a column in denominator layout. */
    private static final Pattern DERIVATIVE = Pattern.compile("∂C[₀-₉]*/∂z(⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾)");

    private static final Rule[] RULES = {
        new Rule("\\(W\\^(\\d+)\\)ᵀ", CellTargets::transposedWeights),
        new Rule("(?:∂C/∂)?W\\^(\\d+)", CellTargets::weights),
        new Rule("(?:∂C/∂)?b\\^(\\d+)", CellTargets::biases),
        new Rule("\\(W\\^(\\d+)\\)ᵀ[δΔ]\\^\\d+", l -> CellTargets.units(l - 1)),
        new Rule("\\(\\(W\\^(\\d+)\\)ᵀ[δΔ]\\^\\d+\\)ᵀ", l -> CellTargets.unitsAcross(l - 1)),
        new Rule("[δΔ]\\^\\d+(?:W\\^(\\d+)|\\(W\\^(\\d+)\\)ᵀ)", l -> CellTargets.units(l - 1)),
        new Rule("diag\\(σ′\\(" + LETTER + "\\^(\\d+)\\)\\)", CellTargets::diagonalUnits),
        new Rule("J\\^(\\d+)", CellTargets::diagonalUnits),
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
        return of(name, outputLayer, Convention.DELTASCOPE);
    }

    /**
     * What each cell of the matrix named {@code name} stands for when the grid is laid out in
     * {@code convention}: a grid the convention shows transposed (one row per example, or W and b
     * stored in × out) links cell (r, c) as the column layout links (c, r); the Jacobian chain's
     * ∂C/∂z⁽ˡ⁾ is a row in numerator layout (column j is unit j) and a column in denominator layout
     * (row j is unit j), whatever the vectors.
     */
    static CellTargets of(String name, int outputLayer, Convention convention) {
        String columnName = IndexStyle.PARENTHESES == convention.index() ? name : parenthesised(name, convention.index());
        Matcher derivative = DERIVATIVE.matcher(columnName);
        if (derivative.matches()) {
            int layer = Integer.parseInt(withCaretLayers(derivative.group(1)).substring(1));
            return convention.derivatives() == DerivativeLayout.NUMERATOR ? CellTargets.unitsAcross(layer)
                    : CellTargets.units(layer);
        }
        CellTargets columns = columnLayout(columnName, outputLayer);
        boolean square = columnName.startsWith("J") || columnName.startsWith("diag");
        boolean parameter = columnName.matches("\\(?(∂C/∂)?[Wb]⁽.*");
        boolean transposed = !square && (parameter ? convention.vectors().weightsTransposed() : convention.vectors().rows());
        return transposed ? (row, column) -> columns.at(column, row) : columns;
    }

    /** The name with its layers written ⁽ˡ⁾ again: a^[2] and a² become a⁽²⁾. */
    private static String parenthesised(String name, IndexStyle style) {
        StringBuilder out = new StringBuilder();
        if (style == IndexStyle.BRACKETS) {
            java.util.regex.Matcher layer = Pattern.compile("\\^\\[(\\d+)\\]").matcher(name);
            while (layer.find()) {
                StringBuilder digits = new StringBuilder("⁽");
                layer.group(1).chars().forEach(c -> digits.append(SUPERSCRIPT_DIGITS.charAt(c - '0')));
                layer.appendReplacement(out, digits.append('⁾').toString());
            }
            layer.appendTail(out);
            return out.toString();
        }
        boolean open = false;
        for (char c : name.toCharArray()) {
            boolean digit = SUPERSCRIPT_DIGITS.indexOf(c) >= 0;
            if (digit && !open) {
                out.append('⁽');
            } else if (!digit && open) {
                out.append('⁾');
            }
            open = digit;
            out.append(c);
        }
        return open ? out.append('⁾').toString() : out.toString();
    }

    private static CellTargets columnLayout(String name, int outputLayer) {
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
                String layer = match.group(1) != null ? match.group(1) : match.group(2);
                return rule.targets().apply(Integer.parseInt(layer));
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
