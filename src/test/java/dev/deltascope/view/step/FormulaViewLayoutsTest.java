package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.deltascope.render.Formula;
import dev.deltascope.render.FormulaRenderer;
import org.junit.jupiter.api.Test;

class FormulaViewLayoutsTest {

    @Test
    void theSameLatexAtTheSameSizeIsLaidOutOnceAndMeasuresAsTheRendererLaysItOut() {
        String latex = "\\delta^{2} = (W^{3})^{\\mathsf T} \\delta^{3} \\odot \\sigma'(z^{2})";
        Formula first = FormulaViewLayouts.layout(latex, 24);

        assertSame(first, FormulaViewLayouts.layout(latex, 24));
        Formula direct = FormulaRenderer.layout(latex, 24);
        assertEquals(direct.width(), first.width(), 1e-9);
        assertEquals(direct.totalHeight(), first.totalHeight(), 1e-9);
        assertEquals(latex, first.latex());
    }

    @Test
    void anotherSizeIsAnotherLayout() {
        Formula small = FormulaViewLayouts.layout("a^{2} + b^{2}", 12);
        Formula large = FormulaViewLayouts.layout("a^{2} + b^{2}", 36);

        assertNotSame(small, large);
        assertEquals(3 * small.width(), large.width(), 0.05 * large.width());
    }

    @Test
    void theLeastRecentlyUsedFormulaIsDroppedBeyondTheCapacity() {
        Formula kept = FormulaViewLayouts.layout("x_{kept}", 20);
        Formula dropped = FormulaViewLayouts.layout("x_{dropped}", 20);
        for (int i = 0; i < FormulaViewLayouts.CAPACITY - 1; i++) {
            FormulaViewLayouts.layout("y_{" + i + "}", 20);
            FormulaViewLayouts.layout("x_{kept}", 20);
        }

        assertSame(kept, FormulaViewLayouts.layout("x_{kept}", 20));
        assertNotSame(dropped, FormulaViewLayouts.layout("x_{dropped}", 20));
    }
}
