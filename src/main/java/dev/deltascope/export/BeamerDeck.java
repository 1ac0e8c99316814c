package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.FormulaLines;
import dev.deltascope.derivation.LatexText;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.TitleText;
import dev.deltascope.derivation.View;
import dev.deltascope.render.FormulaFit;
import java.util.ArrayList;
import dev.deltascope.numbers.NumberFormatter;
import java.util.List;

/**
 * A Beamer deck of a derivation: a title frame, then for each step a frame with its title,
 * explanation, symbolic and numeric formulas and how the methods agree, and a frame for each of
 * its views (every view, or the one asked for), labelled. Formulas are broken into lines that fit
 * the frame's width at the body size; a frame whose content is taller than the frame continues on
 * the next ("continued"). As a last resort a formula wider than the line, or a frame body taller
 * than {@code \framebodyheight}, is shrunk, and the log says by how much ({@code deltascope-shrink}).
 */
final class BeamerDeck {

    /** The text width of a 16:9 frame at 11 pt, in points, less a margin for TeX's spacing. */
    static final double FORMULA_WIDTH = 398 - 10;
    static final double BODY_SIZE = 11;
    /**
     * What the deck plans to put on a frame, in points: below the {@code \framebodyheight} of
     * 0.8{@code \textheight} (182 pt) that the frame has under its title and subtitle, since a
     * paragraph's height is estimated from its length.
     */
    private static final double PLANNED_HEIGHT = 160;
    private static final double LINE_GAP = 4;
    private static final double FORMULA_GAP = 10;
    private static final double TEXT_LINE_HEIGHT = 12;
    private static final double TEXT_CHARACTERS_PER_LINE = 78;
    /** How many unit formulas of the component view a deck shows. */
    private static final int UNITS_SHOWN = 3;

    private static final String PREAMBLE = """
            \\documentclass[aspectratio=169,11pt,usepdftitle=false]{beamer}
            %s\\usepackage{amsmath}
            \\usepackage{graphicx}
            \\setbeamertemplate{navigation symbols}{}
            \\setcounter{MaxMatrixCols}{%d}
            \\newsavebox{\\formulabox}
            \\newsavebox{\\bodybox}
            \\newlength{\\framebodyheight}
            \\setlength{\\framebodyheight}{0.8\\textheight}
            \\newlength{\\bodytotalheight}
            \\newenvironment{formula}
              {\\par\\begin{lrbox}{\\formulabox}$\\displaystyle}
              {$\\end{lrbox}%%
               \\ifdim\\wd\\formulabox>\\linewidth
                 \\typeout{deltascope-shrink: \\the\\wd\\formulabox\\space into \\the\\linewidth}%%
                 \\sbox{\\formulabox}{\\resizebox{\\linewidth}{!}{\\usebox{\\formulabox}}}\\fi
               \\makebox[\\linewidth]{\\usebox{\\formulabox}}\\par\\smallskip}
            \\newenvironment{framebody}
              {\\begin{lrbox}{\\bodybox}\\begin{minipage}[t]{\\linewidth}}
              {\\end{minipage}\\end{lrbox}%%
               \\setlength{\\bodytotalheight}{\\ht\\bodybox}\\addtolength{\\bodytotalheight}{\\dp\\bodybox}%%
               \\typeout{deltascope-frame: \\the\\bodytotalheight\\space of \\the\\framebodyheight}%%
               \\ifdim\\bodytotalheight>\\framebodyheight
                 \\typeout{deltascope-shrink: \\the\\bodytotalheight\\space into \\the\\framebodyheight}%%
                 \\resizebox*{!}{\\framebodyheight}{\\usebox{\\bodybox}}%%
               \\else\\usebox{\\bodybox}\\fi}
            """;

    /** One thing on a frame: a paragraph (lines null), or line k of a formula broken into lines. */
    private record Item(String latex, double height, FormulaLines lines, int line) {
    }

    private BeamerDeck() {
    }

    /** The deck for the request's steps; checks for cancellation before each step. */
    static String deck(Derivation derivation, ExportRequest request, ExportMonitor monitor) {
        int count = derivation.steps().size();
        NumberFormatter numbers = new NumberFormatter(derivation.style().significantDigits());
        String title = derivation.trace().network().title();
        StringBuilder out = new StringBuilder(LatexText.ENGINE_NOTE);
        out.append(PREAMBLE.formatted(LatexText.UNICODE_PREAMBLE, NumberStyle.MAX_SHOWN + 8));
        out.append("\\hypersetup{pdftitle={").append(LatexText.metadata(title)).append("}, pdfcreator={Deltascope}}\n")
                .append("\\title{").append(LatexText.escape(TitleText.shown(title))).append("}\n")
                .append("\\subtitle{Backpropagation, step by step}\n\\date{}\n\\begin{document}\n")
                .append("\\begin{frame}\n\\titlepage\n\\end{frame}\n");
        for (int index = request.fromStep(); index <= request.toStep(); index++) {
            monitor.checkCancelled();
            Step step = derivation.steps().get(index);
            String subtitle = "Step " + (index + 1) + " of " + count;
            List<Item> items = new ArrayList<>();
            paragraph(items, step.explanation(), "\\small");
            formula(items, step.symbolic());
            formula(items, step.numeric());
            if (step.agreement() != null) {
                text(items, step.agreement().sentence(value -> "$" + numbers.latex(value) + "$"),
                        "\\footnotesize");
            }
            frames(out, step.title(), subtitle, items);
            for (View view : step.views()) {
                if (request.view() == null || view.kind() == request.view()) {
                    frames(out, step.title(), subtitle + " · " + view.title(), viewItems(view, step));
                }
            }
            monitor.progress(index - request.fromStep() + 1, request.stepCount());
        }
        return out.append("\\end{document}\n").toString();
    }

    private static List<Item> viewItems(View view, Step step) {
        List<Item> items = new ArrayList<>();
        paragraph(items, view.explanation(), "\\small");
        if (view.symbolic().equals(step.symbolic()) && view.numeric().equals(step.numeric())) {
            paragraph(items, List.of("These are the formulas of the step's first frame."), "\\small");
            return items;
        }
        formula(items, view.symbolic());
        List<String> units = view.unitFormulas();
        if (units.isEmpty()) {
            formula(items, view.numeric());
            return items;
        }
        int shown = Math.min(units.size(), UNITS_SHOWN);
        for (String unit : units.subList(0, shown)) {
            formula(items, unit);
        }
        if (shown < units.size()) {
            paragraph(items, List.of("… and " + (units.size() - shown) + " more units, one formula each."), "\\small");
        }
        return items;
    }

    private static void paragraph(List<Item> items, List<String> sentences, String size) {
        if (!sentences.isEmpty()) {
            text(items, LatexText.escape(String.join(" ", sentences)), size);
        }
    }

    /** A paragraph of LaTeX text; its height is estimated from its length. */
    private static void text(List<Item> items, String latex, String size) {
        double lines = Math.ceil(latex.replaceAll("\\\\[a-zA-Z]+|[{}$]", "").length() / TEXT_CHARACTERS_PER_LINE);
        items.add(new Item("{" + size + " " + latex + "\\par}\n\\medskip\n", lines * TEXT_LINE_HEIGHT + 6, null, 0));
    }

    /** A formula broken into lines that fit the width; each line is an item, so a frame can end between lines. */
    private static void formula(List<Item> items, String latex) {
        FormulaLines lines = FormulaFit.lines(latex, BODY_SIZE, FORMULA_WIDTH);
        if (lines.count() == 1) {
            items.add(new Item(formulaBlock(lines.latex()), lines.extents().get(0).totalHeight() + FORMULA_GAP, null,
                    0));
            return;
        }
        for (int k = 0; k < lines.count(); k++) {
            double height = lines.extents().get(k).totalHeight() + LINE_GAP + (k == 0 ? FORMULA_GAP : 0);
            items.add(new Item("", height, lines, k));
        }
    }

    private static String formulaBlock(String latex) {
        return "\\begin{formula}\n" + latex + "\n\\end{formula}\n";
    }

    /**
     * The items on as many frames as their heights need; consecutive lines of one formula on one
     * frame are joined into one aligned block so they stay aligned.
     */
    private static void frames(StringBuilder out, String title, String subtitle, List<Item> items) {
        List<List<Item>> frames = new ArrayList<>();
        List<Item> frame = new ArrayList<>();
        double used = 0;
        for (Item item : items) {
            if (!frame.isEmpty() && used + item.height() > PLANNED_HEIGHT) {
                frames.add(frame);
                frame = new ArrayList<>();
                used = 0;
            }
            frame.add(item);
            used += item.height();
        }
        frames.add(frame);
        for (int k = 0; k < frames.size(); k++) {
            out.append("\n\\begin{frame}[t]\n\\frametitle{").append(LatexText.escape(title)).append("}\n")
                    .append("\\framesubtitle{").append(LatexText.escape(subtitle + (k > 0 ? " (continued)" : "")))
                    .append("}\n\\begin{framebody}\n");
            List<Item> onFrame = frames.get(k);
            for (int i = 0; i < onFrame.size(); i++) {
                Item item = onFrame.get(i);
                if (item.lines() == null) {
                    out.append(item.latex());
                    continue;
                }
                int last = i;
                while (last + 1 < onFrame.size() && onFrame.get(last + 1).lines() == item.lines()) {
                    last++;
                }
                out.append(formulaBlock(item.lines().aligned(item.line(), onFrame.get(last).line() + 1)));
                i = last;
            }
            out.append("\\end{framebody}\n\\end{frame}\n");
        }
    }
}
