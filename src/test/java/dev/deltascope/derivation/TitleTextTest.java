package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleTextTest {

    @Test
    void aShortTitleIsShownAsItIs() {
        assertEquals("Übung 3: δ und σ′", TitleText.shown("Übung 3: δ und σ′"));
    }

    @Test
    void aLongTitleIsCutToTheLimitWithAnEllipsis() {
        String shown = TitleText.shown("ab".repeat(5000));

        assertEquals(TitleText.MAX_SHOWN, shown.codePointCount(0, shown.length()));
        assertTrue(shown.endsWith("…") && shown.startsWith("abab"), shown);
    }

    @Test
    void cutsBetweenCharactersNotInsideOne() {
        String shown = TitleText.shown("😀".repeat(300));

        assertEquals(TitleText.MAX_SHOWN, shown.codePointCount(0, shown.length()));
        assertEquals("😀".repeat(TitleText.MAX_SHOWN - 1) + "…", shown);
    }

    @Test
    void dropsBidirectionalControlsAndBlanksControlCharacters() {
        assertEquals("abc d e", TitleText.shown("\u202eabc\u2066\u200f d\u0000e"));
    }
}
