package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.LatexText;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import java.util.ArrayList;
import dev.deltascope.numbers.NumberFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A Beamer deck of a derivation: a title frame, then one frame per step with its title, its
 * explanation, and its symbolic and numeric formulas (the numeric one shows the matrices). With a
 * view chosen, a backward step gets a second frame for that view. Every formula shrinks to fit
 * the frame's width and a share of its height; all plain text is escaped by {@link LatexText}.
 */
final class BeamerDeck {

    private static final String PREAMBLE = """
            \\documentclass[aspectratio=169,11pt]{beamer}
            \\usepackage[utf8]{inputenc}
            \\usepackage{amsmath}
            \\usepackage{graphicx}
            \\setbeamertemplate{navigation symbols}{}
            \\setcounter{MaxMatrixCols}{%d}
            \\newsavebox{\\formulabox}
            \\newlength{\\formulamaxheight}
            \\newlength{\\formulatotalheight}
            \\newenvironment{formula}[1]
              {\\par\\setlength{\\formulamaxheight}{#1\\textheight}\\begin{lrbox}{\\formulabox}$\\displaystyle}
              {$\\end{lrbox}%%
               \\setlength{\\formulatotalheight}{\\ht\\formulabox}%%
               \\addtolength{\\formulatotalheight}{\\dp\\formulabox}%%
               \\ifdim\\formulatotalheight>\\formulamaxheight
                 \\sbox{\\formulabox}{\\resizebox*{!}{\\formulamaxheight}{\\usebox{\\formulabox}}}\\fi
               \\ifdim\\wd\\formulabox>\\linewidth
                 \\sbox{\\formulabox}{\\resizebox{\\linewidth}{!}{\\usebox{\\formulabox}}}\\fi
               \\makebox[\\linewidth]{\\usebox{\\formulabox}}\\par\\medskip}
            """;

    private BeamerDeck() {
    }

    /** The deck for the request's steps; checks for cancellation before each step. */
    static String deck(Derivation derivation, ExportRequest request, ExportMonitor monitor) {
        int count = derivation.steps().size();
        NumberFormatter numbers = new NumberFormatter(derivation.style().significantDigits());
        StringBuilder out = new StringBuilder(PREAMBLE.formatted(NumberStyle.MAX_SHOWN + 8));
        out.append("\\title{").append(LatexText.escape(derivation.trace().network().title())).append("}\n")
                .append("\\subtitle{Backpropagation, step by step}\n\\date{}\n")
                .append("\\begin{document}\n\\begin{frame}\n\\titlepage\n\\end{frame}\n");
        for (int index = request.fromStep(); index <= request.toStep(); index++) {
            monitor.checkCancelled();
            Step step = derivation.steps().get(index);
            String subtitle = "Step " + (index + 1) + " of " + count;
            frame(out, step.title(), subtitle, step.explanation(), List.of(step.symbolic(), step.numeric()),
                    step.agreement() == null ? "" : step.agreement().sentence(value -> "$" + numbers.latex(value) + "$"));
            View view = request.view() == null ? null : step.view(request.view());
            if (view != null) {
                frame(out, step.title() + ": " + view.title(), subtitle, view.explanation(), viewFormulas(view,
                        derivation.style()), "");
            }
            monitor.progress(index - request.fromStep() + 1, request.stepCount());
        }
        return out.append("\\end{document}\n").toString();
    }

    private static List<String> viewFormulas(View view, NumberStyle style) {
        List<String> units = view.unitFormulas();
        if (units.isEmpty()) {
            return List.of(view.symbolic(), view.numeric());
        }
        List<String> formulas = new ArrayList<>();
        formulas.add(view.symbolic());
        formulas.addAll(units.subList(0, Math.min(units.size(), Math.min(style.maxRows(), 3))));
        return formulas;
    }

    private static void frame(StringBuilder out, String title, String subtitle, List<String> explanation,
            List<String> formulas, String note) {
        out.append("\n\\begin{frame}[t]\n\\frametitle{").append(LatexText.escape(title)).append("}\n")
                .append("\\framesubtitle{").append(LatexText.escape(subtitle)).append("}\n");
        if (!explanation.isEmpty()) {
            out.append("{\\small ").append(LatexText.escape(String.join(" ", explanation))).append("\\par}\n")
                    .append("\\medskip\n");
        }
        double share = Math.min(0.3, 0.62 / formulas.size());
        for (String formula : formulas) {
            out.append("\\begin{formula}{").append(String.format(Locale.ROOT, "%.2f", share))
                    .append("}\n").append(formula).append("\n\\end{formula}\n");
        }
        if (!note.isEmpty()) {
            out.append("{\\footnotesize ").append(note).append("\\par}\n");
        }
        out.append("\\end{frame}\n");
    }
}
