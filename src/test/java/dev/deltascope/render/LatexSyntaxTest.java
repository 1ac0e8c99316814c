package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatexSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\frac{a}{b}", "\\{ x \\}", "a \\\\ b", "x^{2}_{j}", "x^2", "e^{-x}",
        "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "\\text{a_b}", "x^\\top", ""})
    void wellFormedLatexHasNoProblem(String latex) {
        assertEquals(Optional.empty(), LatexSyntax.problem(latex));
    }

    @Test
    void anUnclosedBraceIsReportedWithItsPosition() {
        assertEquals(Optional.of("'{' at position 8 is never closed (1 unclosed)"), LatexSyntax.problem("\\frac{a}{"));
    }

    @Test
    void aStrayClosingBraceIsReportedWithItsPosition() {
        assertEquals(Optional.of("'}' at position 1 closes no '{'"), LatexSyntax.problem("a}{"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^", "x_ ", "{x^}", "x^ & y", "x_\\\\ y"})
    void aScriptWithNothingToAttachIsAProblem(String latex) {
        assertTrue(LatexSyntax.problem(latex).orElseThrow().contains("nothing to attach"), latex);
    }
}
