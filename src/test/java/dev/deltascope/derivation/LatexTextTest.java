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
        assertEquals("\\textchar{«}{U+00AB} \\textchar{中}{U+4E2D} \\textchar{😀}{U+1F600}", LatexText.escape("« 中 😀"));
        assertEquals("a b", LatexText.escape("a\nb"));
    }

    @Test
    void writesEveryGreekLetterAsMath() {
        assertEquals("\\ensuremath{\\Lambda}\\ensuremath{\\omega}\\ensuremath{\\phi}", LatexText.escape("Λωφ"));
    }

    @Test
    void keepsPairsTexWouldJoinIntoALigatureApart() {
        assertEquals("?{}` !{}` -{}-{}- `{}` '{}' ,{}, \\ensuremath{<}{}\\ensuremath{<}",
                LatexText.escape("?` !` --- `` '' ,, <<"));
    }

    @Test
    void dropsBidirectionalAndOtherControlCharacters() {
        assertEquals("step 1 of 13", LatexText.escape("step\u202e 1\u2066 of\u0007 13\u200f"));
    }
}
