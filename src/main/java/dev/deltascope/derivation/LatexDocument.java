package dev.deltascope.derivation;

import dev.deltascope.numbers.NumberFormatter;
import java.util.List;

/**
 * A standalone LaTeX article (article, amsmath, xcolor, graphicx) of a derivation that compiles
 * unedited with pdflatex. Every formula sits in a box that shrinks to the line width when it is
 * wider; all plain text, the network's title included, is escaped by {@link LatexText}.
 */
public final class LatexDocument {

    private static final String PREAMBLE = """
            \\documentclass[11pt]{article}
            \\usepackage[utf8]{inputenc}
            \\usepackage{amsmath}
            \\usepackage{xcolor}
            \\usepackage{graphicx}
            \\usepackage[margin=2cm]{geometry}
            \\setcounter{MaxMatrixCols}{%d}
            \\setlength{\\parindent}{0pt}
            \\setlength{\\parskip}{0.5em}
            \\newsavebox{\\formulabox}
            \\newenvironment{formula}
              {\\par\\begin{lrbox}{\\formulabox}$\\displaystyle}
              {$\\end{lrbox}\\ifdim\\wd\\formulabox>\\linewidth
                \\resizebox{\\linewidth}{!}{\\usebox{\\formulabox}}%%
              \\else\\makebox[\\linewidth]{\\usebox{\\formulabox}}\\fi\\par}
            """;

    private LatexDocument() {
    }

    /**
     * The article for steps fromStep..toStep (indices from 0, both inclusive).
     *
     * @throws IllegalArgumentException when the range is empty or outside the derivation's steps
     */
    public static String article(Derivation derivation, int fromStep, int toStep) {
        int count = derivation.steps().size();
        if (fromStep < 0 || toStep >= count || fromStep > toStep) {
            throw new IllegalArgumentException("steps " + fromStep + ".." + toStep + ": must lie within 0.."
                    + (count - 1) + " with the first not after the last");
        }
        NumberFormatter numbers = new NumberFormatter(derivation.style().significantDigits());
        StringBuilder out = new StringBuilder(PREAMBLE.formatted(NumberStyle.MAX_SHOWN + 8));
        out.append("\\title{").append(LatexText.escape(derivation.trace().network().title())).append("}\n")
                .append("\\author{Backpropagation, step by step}\n\\date{}\n\\begin{document}\n\\maketitle\n");
        for (Step step : derivation.steps().subList(fromStep, toStep + 1)) {
            out.append("\n\\section*{Step ").append(step.index() + 1).append(" of ").append(count).append(": ")
                    .append(LatexText.escape(step.title())).append("}\n");
            paragraph(out, step.explanation());
            formula(out, step.symbolic());
            formula(out, step.numeric());
            if (step.agreement() != null) {
                agreement(out, step.agreement(), numbers);
            }
            for (View view : step.views()) {
                view(out, view, step, derivation.style());
            }
        }
        return out.append("\n\\end{document}\n").toString();
    }

    /** A view's title, explanation and formulas; formulas the step already showed are not repeated. */
    private static void view(StringBuilder out, View view, Step step, NumberStyle style) {
        out.append("\n\\subsection*{").append(LatexText.escape(view.title())).append("}\n");
        paragraph(out, view.explanation());
        if (view.symbolic().equals(step.symbolic()) && view.numeric().equals(step.numeric())) {
            out.append("These are the formulas above.\n");
            return;
        }
        formula(out, view.symbolic());
        if (view.unitFormulas().isEmpty()) {
            formula(out, view.numeric());
            return;
        }
        List<String> units = view.unitFormulas();
        int shown = Math.min(units.size(), style.maxRows());
        for (String unit : units.subList(0, shown)) {
            formula(out, unit);
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
