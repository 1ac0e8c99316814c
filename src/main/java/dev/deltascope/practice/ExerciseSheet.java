package dev.deltascope.practice;

import dev.deltascope.derivation.LatexText;
import dev.deltascope.derivation.MatrixLatex;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Network;
import dev.deltascope.numbers.NumberFormatter;
import java.util.List;

/**
 * Exercise sheets for teachers as two standalone LaTeX articles that compile with pdflatex: the
 * sheet, with each network's parameters given and a blank (a grid of boxes, a shape to fill in, or
 * lettered candidate formulas) where each hidden quantity goes, and the answer key, with every
 * step's formula and every number. Nothing depends on the time or the machine, so the same
 * exercises give the same bytes.
 */
public final class ExerciseSheet {

    private static final String PREAMBLE = """
            \\documentclass[11pt]{article}
            \\usepackage[utf8]{inputenc}
            \\usepackage{amsmath}
            \\usepackage{graphicx}
            \\usepackage[margin=2cm]{geometry}
            \\setcounter{MaxMatrixCols}{40}
            \\setlength{\\parindent}{0pt}
            \\setlength{\\parskip}{0.5em}
            \\renewcommand{\\arraystretch}{1.4}
            \\newcommand{\\blank}{\\framebox[4.5em]{\\rule{0pt}{1.1em}}}
            \\newcommand{\\shapeblank}{\\underline{\\hspace{2.5em}}}
            \\newsavebox{\\formulabox}
            \\newenvironment{formula}
              {\\par\\begin{lrbox}{\\formulabox}$\\displaystyle}
              {$\\end{lrbox}\\ifdim\\wd\\formulabox>\\linewidth
                \\resizebox{\\linewidth}{!}{\\usebox{\\formulabox}}%
              \\else\\makebox[\\linewidth]{\\usebox{\\formulabox}}\\fi\\par}
            """;
    private static final String LETTERS = "ABCDEFGH";

    private ExerciseSheet() {
    }

    /** The sheet: each exercise's network and a blank for each hidden quantity. */
    public static String sheet(List<Exercise> exercises, String title) {
        StringBuilder out = begin(title, "Exercises");
        int digits = exercises.get(0).derivation().style().significantDigits();
        out.append("Work forward, then backward, as in the derivation. Give every number to ").append(digits)
                .append(" significant digits. ").append(LatexText.escape(Tolerance.rule(digits))).append('\n');
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            out.append("\n\\section*{Exercise ").append(i + 1).append("}\n");
            network(out, exercise);
            out.append("\\begin{enumerate}\n");
            for (Question question : exercise.questions()) {
                out.append("\\item ").append(LatexText.escape(step(exercise, question).title())).append(". ");
                blank(out, question);
            }
            out.append("\\end{enumerate}\n");
        }
        return out.append("\n\\end{document}\n").toString();
    }

    /** The answer key: for each hidden quantity the formula used and every number. */
    public static String key(List<Exercise> exercises, String title) {
        StringBuilder out = begin(title, "Answer key");
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            MatrixLatex latex = new MatrixLatex(exercise.derivation().style());
            out.append("\n\\section*{Exercise ").append(i + 1).append("}\n\\begin{enumerate}\n");
            for (Question question : exercise.questions()) {
                Step step = step(exercise, question);
                out.append("\\item ").append(LatexText.escape(step.title())).append(". ");
                switch (question.kind()) {
                    case SHAPE -> out.append("Shape: $").append(question.answer().rows()).append(" \\times ")
                            .append(question.answer().columns()).append("$.");
                    case FORMULA -> out.append("Formula (").append(LETTERS.charAt(rightChoice(question)))
                            .append(").");
                    case ENTRIES -> out.append("Entries.");
                }
                out.append("\n\\begin{formula}").append(step.symbolic()).append("\\end{formula}\n");
                out.append("% answer: step ").append(step.index() + 1).append('\n');
                out.append("\\begin{formula}").append(question.name()).append(" = ")
                        .append(latex.matrix(question.answer())).append("\\end{formula}\n");
            }
            out.append("\\end{enumerate}\n");
        }
        return out.append("\n\\end{document}\n").toString();
    }

    private static StringBuilder begin(String title, String kind) {
        StringBuilder out = new StringBuilder(PREAMBLE);
        String shown = title.isBlank() ? kind : kind + ": " + LatexText.escape(title);
        return out.append("\\title{").append(shown).append("}\n\\author{Backpropagation, step by step}\n\\date{}\n")
                .append("\\begin{document}\n\\maketitle\n");
    }

    /** The network in words, then its given matrices as the derivation names them. */
    private static void network(StringBuilder out, Exercise exercise) {
        Network network = exercise.network();
        out.append(network.inputSize()).append(" inputs; ");
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            out.append("layer ").append(l).append(": ").append(layer.size()).append(' ')
                    .append(layer.size() == 1 ? "unit" : "units").append(", ").append(layer.activation().name())
                    .append("; ");
        }
        out.append("loss: ").append(LatexText.escape(network.loss().name().replace('_', ' '))).append("; ");
        int m = network.batchSize();
        out.append(m == 1 ? "one example" : "a mini-batch of " + m + " examples as columns (cost and gradients"
                + " are means over the batch)");
        NumberStyle style = exercise.derivation().style();
        MatrixLatex latex = new MatrixLatex(style);
        String rate = new NumberFormatter(style.significantDigits()).latex(network.learningRate());
        out.append("; learning rate $\\eta = ").append(rate).append("$.\n");
        for (Step step : exercise.derivation().steps()) {
            List<NamedMatrix> matrices = step.matrices();
            if (step.kind() == StepKind.FORWARD_LINEAR) {
                if (step.layer() == 1) {
                    given(out, latex, List.of(matrices.get(1)));
                }
                given(out, latex, List.of(matrices.get(0), matrices.get(2)));
            }
            if (step.kind() == StepKind.OUTPUT_ERROR) {
                given(out, latex, List.of(matrices.get(1)));
            }
        }
    }

    /** Given matrices side by side on one line, each as name = values. */
    private static void given(StringBuilder out, MatrixLatex latex, List<NamedMatrix> matrices) {
        out.append("\\begin{formula}");
        for (int i = 0; i < matrices.size(); i++) {
            out.append(i == 0 ? "" : ",\\qquad ").append(matrices.get(i).latex()).append(" = ")
                    .append(latex.matrix(matrices.get(i).values()));
        }
        out.append("\\end{formula}\n");
    }

    private static void blank(StringBuilder out, Question question) {
        int rows = question.answer().rows();
        int columns = question.answer().columns();
        switch (question.kind()) {
            case SHAPE -> out.append("The shape of $").append(question.name())
                    .append("$: \\shapeblank{} $\\times$ \\shapeblank{}\n");
            case FORMULA -> {
                out.append("Which formula gives $").append(question.name()).append("$?\n");
                List<FormulaChoice> choices = question.choices();
                for (int i = 0; i < choices.size(); i++) {
                    out.append("\\par (").append(LETTERS.charAt(i)).append(")\\enspace $").append(choices.get(i).latex())
                            .append("$\n");
                }
            }
            case ENTRIES -> {
                out.append("The entries of $").append(question.name()).append("$ (").append(rows)
                        .append(" $\\times$ ").append(columns).append(")\n\\begin{formula}").append(question.name())
                        .append(" = \\begin{bmatrix}");
                for (int r = 0; r < rows; r++) {
                    out.append(r == 0 ? "" : " \\\\ ");
                    for (int c = 0; c < columns; c++) {
                        out.append(c == 0 ? "" : " & ").append("\\blank");
                    }
                }
                out.append("\\end{bmatrix}\\end{formula}\n");
            }
        }
    }

    private static int rightChoice(Question question) {
        for (int i = 0; i < question.choices().size(); i++) {
            if (question.choices().get(i).right()) {
                return i;
            }
        }
        throw new IllegalStateException("a formula question without its right formula");
    }

    private static Step step(Exercise exercise, Question question) {
        return exercise.derivation().steps().get(question.step());
    }
}
