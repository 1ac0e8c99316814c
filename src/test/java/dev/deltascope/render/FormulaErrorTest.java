package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormulaErrorTest {

    @Test
    void shortTextIsKeptOnOneLine() {
        assertEquals("Unknown command: 'bm'", FormulaError.shorten("Unknown command:\n\t'bm'", 40));
    }

    @Test
    void longTextIsCutToTheLimitWithAnEllipsis() {
        assertEquals("abcd…", FormulaError.shorten("abcdefgh", 5));
        assertEquals("abcde", FormulaError.shorten("abcde", 5));
    }

    @Test
    void veryLongTextOfSpacesIsCutWithoutFailing() {
        assertEquals("a…", FormulaError.shorten("a" + " ".repeat(100) + "b", 5));
    }
}
