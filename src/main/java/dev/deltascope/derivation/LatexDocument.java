package dev.deltascope.derivation;

/** A standalone LaTeX article (article, amsmath) of a derivation that compiles unedited with pdflatex. */
public final class LatexDocument {

    private LatexDocument() {
    }

    /** The article for steps fromStep..toStep (indices from 0, both inclusive). */
    public static String article(Derivation derivation, int fromStep, int toStep) {
        throw new UnsupportedOperationException("the LaTeX document is not written yet");
    }
}
