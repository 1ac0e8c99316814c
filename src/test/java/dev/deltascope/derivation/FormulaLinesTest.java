package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.FormulaMeasure.Extent;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Line breaking, measured by a stand-in typesetter that counts the characters a formula prints
 * (commands, braces and spaces count nothing), so the expectations follow from the text alone.
 */
class FormulaLinesTest {

    private static final FormulaMeasure CHARACTERS = latex -> new Extent(printed(latex), 1, 0);

    private static double printed(String latex) {
        return withoutPhantoms(latex).replaceAll("\\\\[a-zA-Z]+|\\\\.|[{}\\s&]", "").length();
    }

    @Test
    void aFormulaThatFitsStaysAsItWas() {
        String formula = "a = b + c";

        FormulaLines lines = FormulaLines.fit(formula, CHARACTERS, 10, 100);

        assertEquals(1, lines.count());
        assertEquals(formula, lines.latex());
    }

    @Test
    void breaksAtTheEqualsSignBeforeBreakingBetweenOperands() {
        FormulaLines lines = FormulaLines.fit("x = aaaa + bbbb = cccc + dddd", CHARACTERS, 1, 12);

        assertEquals(List.of("x &= aaaa + bbbb", "&= cccc + dddd"), lines.lines());
        assertTrue(lines.latex().startsWith("\\begin{aligned}"), lines.latex());
    }

    @Test
    void breaksBetweenOperandsWhenASideIsTooWideAndIndentsTheContinuation() {
        FormulaLines lines = FormulaLines.fit("x = aaaa + bbbb + cccc", CHARACTERS, 1, 12);

        assertEquals(List.of("x &= aaaa + bbbb", "&\\qquad {} + cccc"), lines.lines());
    }

    @Test
    void neverLeavesTheLeftSideAloneOnALine() {
        FormulaLines lines = FormulaLines.fit("x = aaaaaaaaaaaa + b", CHARACTERS, 1, 8);

        assertTrue(lines.lines().get(0).startsWith("x &= aaaaaaaaaaaa"), lines.lines().toString());
    }

    @Test
    void keepsTheRowsOfAGatheredFormulaOnLinesOfTheirOwn() {
        FormulaLines lines = FormulaLines.fit("\\begin{gathered} g = a - y \\\\ d = g \\odot s \\end{gathered}",
                CHARACTERS, 1, 100);

        assertEquals(List.of("g &= a - y", "d &= g \\odot s"), lines.lines());
    }

    @Test
    void breaksInsideParenthesesKeepingTheDelimitersAsTallAsTheWhole() {
        FormulaLines lines = FormulaLines.fit("x = \\left( aaaa + bbbb + cccc \\right) \\odot s", CHARACTERS, 1, 14);

        assertTrue(lines.count() > 1, lines.lines().toString());
        String first = lines.lines().get(0);
        String last = lines.lines().get(lines.count() - 1);
        assertTrue(first.contains("\\left(\\vphantom{ aaaa + bbbb + cccc }") && first.endsWith("\\right."), first);
        assertTrue(last.contains("\\left.\\vphantom{") && last.contains("\\right) \\odot s"), last);
    }

    @Test
    void neverBreaksInsideAMatrixOrANumber() {
        String matrix = "\\begin{bmatrix}1 + 2 & 3 = 4\\end{bmatrix}";
        FormulaLines lines = FormulaLines.fit("x = " + matrix + " + 1.5 \\times 10^{-7}", CHARACTERS, 1, 3);

        assertEquals(List.of("x &= " + matrix, "&\\qquad {} + 1.5 \\times 10^{-7}"), lines.lines());
    }

    @Test
    void aMinusSignAfterAnOpeningParenthesisIsASignNotAPlaceToBreak() {
        FormulaLines lines = FormulaLines.fit("x = (-0.5) \\cdot (-0.25)", CHARACTERS, 1, 9);

        assertEquals(List.of("x &= (-0.5)", "&\\qquad {} \\cdot (-0.25)"), lines.lines());
    }

    /**
     * Every formula of every test network, at widths from a phone to a page: each line fits or
     * holds one piece that cannot be cut, no line is left holding a statement's left side alone,
     * and the lines read back as the formula.
     */
    @Test
    void everyDerivationFormulaBreaksIntoLinesThatFitAndReadAsTheFormula() {
        for (Map.Entry<String, Network> entry : TestNetworks.variety().entrySet()) {
            Derivation derivation = DerivationBuilder.build(Trace.of(entry.getValue()), NumberStyle.DEFAULT);
            for (String formula : formulas(derivation)) {
                for (double width : new double[] {20, 60, 200}) {
                    FormulaLines lines = FormulaLines.fit(formula, CHARACTERS, 1, width);
                    String where = entry.getKey() + " at " + width + ": " + formula;
                    assertEquals(normalised(formula), normalised(String.join(" ", lines.lines())), where);
                    for (int k = 0; k < lines.count(); k++) {
                        String line = lines.lines().get(k);
                        assertEquals(1, FormulaAtoms.atoms(line).stream().filter(atom -> atom.strip().equals("&"))
                                .count(), "one & outside matrices in " + line);
                        if (lines.extents().get(k).width() > width) {
                            assertFalse(cuttable(line), "too wide yet cuttable: " + line + " in " + where);
                        }
                    }
                }
            }
        }
    }

    private static List<String> formulas(Derivation derivation) {
        List<String> formulas = new ArrayList<>();
        for (Step step : derivation.steps()) {
            formulas.add(step.symbolic());
            formulas.add(step.numeric());
            for (View view : step.views()) {
                formulas.add(view.symbolic());
                formulas.add(view.numeric());
                formulas.addAll(view.unitFormulas());
            }
        }
        return formulas;
    }

    /**
     * Whether a line could be cut at a relation or an operator outside parentheses, not counting
     * a statement's left side and its relation (parentheses nested in a cut group are never cut).
     */
    private static boolean cuttable(String line) {
        String content = withoutPhantoms(line).replace("\\left.", "").replace("\\right.", "").replaceFirst("^.*?&\\s*(\\\\qquad)?\\s*(\\{\\}\\s*)?(=|\\\\leftarrow|\\\\approx)?", "");
        return FormulaPieces.of(content).stream().anyMatch(piece -> piece.joint() == FormulaPieces.Joint.RELATION
                || piece.joint() == FormulaPieces.Joint.OPERATOR);
    }

    /** The formula without what breaking adds or drops: spaces, alignment, phantoms, row breaks and spacing. */
    private static String normalised(String latex) {
        return withoutPhantoms(latex).replace("\\begin{gathered}", "").replace("\\end{gathered}", "")
                .replace("\\left.", "").replace("\\right.", "").replace("\\qquad", "").replace("\\quad", "")
                .replace("\\\\", "").replace("\\,", "").replace("{}", "").replaceAll("(?<!\\\\)&", "")
                .replaceAll("\\s", "");
    }

    private static String withoutPhantoms(String latex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < latex.length()) {
            if (latex.startsWith("\\vphantom{", i)) {
                int depth = 0;
                int j = i + "\\vphantom".length();
                do {
                    depth += latex.charAt(j) == '{' ? 1 : latex.charAt(j) == '}' ? -1 : 0;
                    j++;
                } while (depth > 0);
                i = j;
            } else {
                out.append(latex.charAt(i++));
            }
        }
        return out.toString();
    }
}
