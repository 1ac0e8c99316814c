package dev.deltascope.derivation;

import dev.deltascope.numbers.NumberFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A standalone LaTeX article (article, amsmath, xcolor, graphicx, hyperref) of a derivation that
 * compiles unedited with pdflatex, lualatex or xelatex. Long formulas come broken into lines by
 * the fit given (an {@code aligned} block of lines that fit the text width); a formula still wider
 * than the line is shrunk to it and the log says so ({@code deltascope-shrink: W into L}). All
 * plain text, the network's title included, is escaped by {@link LatexText}; the title is cut to
 * {@value TitleText#MAX_SHOWN} characters in the heading and kept whole in the PDF's metadata.
 */
public final class LatexDocument {

    /** The text width of the article in points (letter paper, 2 cm margins), for fitting formulas to it. */
    public static final double TEXT_WIDTH = 500;
    /** The body size of the article in points. */
    public static final double BODY_SIZE = 11;

    private static final String PREAMBLE = """
            \\documentclass[11pt]{article}
            %s\\usepackage{amsmath}
            \\usepackage{xcolor}
            \\usepackage{graphicx}
            \\usepackage[margin=2cm]{geometry}
            \\usepackage[unicode]{hyperref}
            \\setcounter{MaxMatrixCols}{%d}
            \\setlength{\\parindent}{0pt}
            \\setlength{\\parskip}{0.5em}
            \\newsavebox{\\formulabox}
            \\newenvironment{formula}
              {\\par\\begin{lrbox}{\\formulabox}$\\displaystyle}
              {$\\end{lrbox}\\ifdim\\wd\\formulabox>\\linewidth
                \\typeout{deltascope-shrink: \\the\\wd\\formulabox\\space into \\the\\linewidth}%%
                \\resizebox{\\linewidth}{!}{\\usebox{\\formulabox}}%%
              \\else\\makebox[\\linewidth]{\\usebox{\\formulabox}}\\fi\\par}
            """;

    private LatexDocument() {
    }

    /** The article for steps fromStep..toStep with every view, formulas unbroken (shrunk where wider than the line). */
    public static String article(Derivation derivation, int fromStep, int toStep) {
        return article(derivation, fromStep, toStep, null, UnaryOperator.identity());
    }

    /**
     * The article for steps fromStep..toStep (indices from 0, both inclusive).
     *
     * @param view the one view of backward steps to include, or null for every view in the order
     *     the steps list them
     * @param fit a formula's LaTeX as it should be set in a line {@value #TEXT_WIDTH} pt wide at
     *     {@value #BODY_SIZE} pt (broken into an aligned block where it is wider)
     * @throws IllegalArgumentException when the range is empty or outside the derivation's steps
     */
    public static String article(Derivation derivation, int fromStep, int toStep, ViewKind view,
            UnaryOperator<String> fit) {
        int count = derivation.steps().size();
        if (fromStep < 0 || toStep >= count || fromStep > toStep) {
            throw new IllegalArgumentException("steps " + fromStep + ".." + toStep + ": must lie within 0.."
                    + (count - 1) + " with the first not after the last");
        }
        NumberFormatter numbers = new NumberFormatter(derivation.style().significantDigits());
        String title = derivation.trace().network().title();
        StringBuilder out = new StringBuilder(LatexText.ENGINE_NOTE);
        out.append(PREAMBLE.formatted(LatexText.UNICODE_PREAMBLE, NumberStyle.MAX_SHOWN + 8));
        out.append("\\hypersetup{pdftitle={").append(LatexText.metadata(title))
                .append("}, pdfcreator={Deltascope}}\n");
        out.append("\\title{").append(LatexText.escape(TitleText.shown(title))).append("}\n")
                .append("\\author{Backpropagation, step by step}\n\\date{}\n\\begin{document}\n\\maketitle\n");
        for (Step step : derivation.steps().subList(fromStep, toStep + 1)) {
            out.append("\n\\section*{Step ").append(step.index() + 1).append(" of ").append(count).append(": ")
                    .append(LatexText.escape(step.title())).append("}\n");
            paragraph(out, step.explanation());
            formula(out, fit.apply(step.symbolic()));
            formula(out, fit.apply(step.numeric()));
            if (step.agreement() != null) {
                agreement(out, step.agreement(), numbers);
            }
            for (View shown : step.views()) {
                if (view == null || shown.kind() == view) {
                    view(out, shown, step, derivation.style(), fit);
                }
            }
        }
        return out.append("\n\\end{document}\n").toString();
    }

    /** A view's title, explanation and formulas; formulas the step already showed are not repeated. */
    private static void view(StringBuilder out, View view, Step step, NumberStyle style, UnaryOperator<String> fit) {
        out.append("\n\\subsection*{").append(LatexText.escape(view.title())).append("}\n");
        paragraph(out, view.explanation());
        if (view.symbolic().equals(step.symbolic()) && view.numeric().equals(step.numeric())) {
            out.append("These are the formulas above.\n");
            return;
        }
        formula(out, fit.apply(view.symbolic()));
        if (view.unitFormulas().isEmpty()) {
            formula(out, fit.apply(view.numeric()));
            return;
        }
        List<String> units = view.unitFormulas();
        int shown = Math.min(units.size(), style.maxRows());
        for (String unit : units.subList(0, shown)) {
            formula(out, fit.apply(unit));
        }
        if (shown < units.size()) {
            out.append("\\ldots{} and ").append(units.size() - shown).append(" more units.\n");
        }
    }

    private static void agreement(StringBuilder out, Agreement agreement, NumberFormatter numbers) {
        out.append(agreement.sentence(value -> "$" + numbers.latex(value) + "$")).append("\n");
    }

    private static void paragraph(StringBuilder out, List<String> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        out.append(LatexText.escape(String.join(" ", sentences))).append("\n");
    }

    private static void formula(StringBuilder out, String latex) {
        out.append("\\begin{formula}\n").append(latex).append("\n\\end{formula}\n");
    }
}
