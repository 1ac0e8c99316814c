package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LatexTextTest {

    @Test
    void escapesEveryCharacterLatexTreatsSpecially() {
        assertEquals("\\ensuremath{\\backslash}input\\{/etc/passwd\\} \\& \\% \\ensuremath{\\$} \\# \\_ \\{ \\} \\~{} \\^{}"
                        + " \\ensuremath{\\backslash}",
                LatexText.escape("\\input{/etc/passwd} & % $ # _ { } ~ ^ \\"));
    }

    @Test
    void leavesNoCommandOfTheInputIntact() {
        assertFalse(LatexText.escape("\\input{/etc/passwd}").contains("\\input"));
        assertFalse(LatexText.escape("\\def\\x{1}").contains("\\def"));
    }

    @Test
    void writesGreekLettersAndScriptsAsMath() {
        assertEquals("(W\\ensuremath{^{3}})\\ensuremath{^{\\top}}\\ensuremath{\\delta}\\ensuremath{^{3}}",
                LatexText.escape("(W³)ᵀδ³"));
        assertEquals("\\ensuremath{\\sigma}\\ensuremath{'}(z\\ensuremath{^{12}}\\ensuremath{_{j}})",
                LatexText.escape("σ′(z¹²ⱼ)"));
    }

    @Test
    void keepsLettersPdflatexPrintsAndReplacesOthers() {
        assertEquals("Übung für Schüler ł", LatexText.escape("Übung für Schüler ł"));
        assertEquals("? ?", LatexText.escape("« 中"));
        assertEquals("a b", LatexText.escape("a\nb"));
    }
}
