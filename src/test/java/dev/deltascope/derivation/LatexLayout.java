package dev.deltascope.derivation;

/** Formulas without their layout, for tests that check what a formula says. */
final class LatexLayout {

    private LatexLayout() {
    }

    /** The LaTeX without the \vphantom struts and the signs {@link ShapeLabels} spaces by hand. */
    static String withoutLayout(String formula) {
        String latex = formula;
        for (String[] sign : ShapeLabels.SIGNS) {
            latex = latex.replace(sign[1], sign[0]);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < latex.length()) {
            if (latex.startsWith("\\vphantom{", i)) {
                i = ShapeLabels.closing(latex, i + "\\vphantom".length()) + 1;
            } else {
                out.append(latex.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
