package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pictures' text is cut into runs of the two shipped fonts, a word in one font. */
class PictureTextTest {

    private static final String LIBERATION = PictureText.fontName(PictureText.LIBERATION_SANS);
    private static final String DEJAVU = PictureText.fontName(PictureText.DEJAVU_SANS);

    @Test
    void aWordWithASymbolLiberationLacksIsSetWholeInDejaVuSans() {
        assertEquals(List.of("elementwise |" + LIBERATION, "(⊙),|" + DEJAVU, " so |" + LIBERATION,
                "δ⁽³⁾ⱼ|" + DEJAVU, " = σ′(z)|" + LIBERATION),
                described("elementwise (⊙), so δ⁽³⁾ⱼ = σ′(z)"));
    }

    @Test
    void plainLatinAndGreekStayInLiberationSansInOneRun() {
        assertEquals(List.of("Output error δ of layer 2: σ′(z)|" + LIBERATION),
                described("Output error δ of layer 2: σ′(z)"));
    }

    @Test
    void onlyTheCharactersNeitherFontHasFallBackToTheSystemFont() {
        List<PictureText.Run> runs = PictureText.runs("Net 中文 ∇");

        assertEquals(List.of("Net ", "中文", " ", "∇"), runs.stream().map(PictureText.Run::text).toList());
        assertEquals(LIBERATION, runs.get(0).font().getFontName());
        assertEquals(java.awt.Font.SANS_SERIF, runs.get(1).font().getName());
        assertEquals(DEJAVU, runs.get(3).font().getFontName());
    }

    private static List<String> described(String text) {
        return PictureText.runs(text).stream().map(run -> run.text() + "|" + run.font().getFontName()).toList();
    }
}
