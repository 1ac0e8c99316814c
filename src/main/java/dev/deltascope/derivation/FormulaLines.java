package dev.deltascope.derivation;

import dev.deltascope.derivation.FormulaMeasure.Extent;
import dev.deltascope.derivation.FormulaPieces.Group;
import dev.deltascope.derivation.FormulaPieces.Joint;
import dev.deltascope.derivation.FormulaPieces.Piece;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A formula broken into lines that each fit a width, at the best places {@link FormulaPieces}
 * finds: first between statements, then at "=", then between operands, then inside parentheses.
 * Lines are filled greedily; a piece wider than the width alone (one wide matrix) gets a line of
 * its own. As LaTeX the lines form an {@code aligned} environment: a statement's first line is
 * aligned at its first "=", a line continuing after "=" starts with "= …" under it, and a line
 * continuing after an operator is indented by {@code \qquad}.
 *
 * @param original the formula as given
 * @param lines each line as LaTeX with one {@code &} at its alignment point
 * @param extents each line's size when typeset alone
 */
public record FormulaLines(String original, List<String> lines, List<Extent> extents) {

    /** The indent of a line continuing after an operator, in ems ({@code \qquad}). */
    private static final double OPERATOR_INDENT_EMS = 2;

    public FormulaLines {
        lines = List.copyOf(lines);
        extents = List.copyOf(extents);
        if (lines.isEmpty() || lines.size() != extents.size()) {
            throw new IllegalArgumentException("lines: need at least one, and one extent each; were " + lines.size()
                    + " and " + extents.size());
        }
    }

    /**
     * The formula broken into lines no wider than maxWidth, as the measure sizes them.
     *
     * @param pointSize the size the measure typesets at, for the operator indent (2 em)
     */
    public static FormulaLines fit(String latex, FormulaMeasure measure, double pointSize, double maxWidth) {
        List<Piece> pieces = FormulaPieces.of(latex);
        if (pieces.isEmpty()) {
            return new FormulaLines(latex, List.of(latex), List.of(measure.measure(latex)));
        }
        return new Packer(pieces, measure, pointSize, maxWidth).pack(latex);
    }

    /** The number of lines. */
    public int count() {
        return lines.size();
    }

    /** The formula as LaTeX: the original when it is one line, else an {@code aligned} environment of its lines. */
    public String latex() {
        return lines.size() == 1 ? original : aligned(0, lines.size());
    }

    /** Lines from..to−1 as one {@code aligned} environment (one line too, for a continuation). */
    public String aligned(int from, int to) {
        return "\\begin{aligned} " + String.join(" \\\\ ", lines.subList(from, to)) + " \\end{aligned}";
    }

    /** The widest line, in points. */
    public double width() {
        return extents.stream().mapToDouble(Extent::width).max().orElse(0);
    }

    /** Greedy filling of lines, recursing into a chunk at the next level of break when it fits no line. */
    private static final class Packer {

        private final List<Piece> pieces;
        private final FormulaMeasure measure;
        private final double indent;
        private final double maxWidth;
        private final Map<String, Extent> measured = new HashMap<>();
        private final List<int[]> lines = new ArrayList<>();

        Packer(List<Piece> pieces, FormulaMeasure measure, double pointSize, double maxWidth) {
            this.pieces = pieces;
            this.measure = measure;
            this.indent = OPERATOR_INDENT_EMS * pointSize;
            this.maxWidth = maxWidth;
        }

        FormulaLines pack(String original) {
            place(0, pieces.size(), 0);
            if (lines.size() == 1) {
                return new FormulaLines(original, List.of(alignedText(0)), List.of(measure.measure(original)));
            }
            List<String> texts = new ArrayList<>();
            List<Extent> extents = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                texts.add(alignedText(k));
                extents.add(extent(text(lines.get(k)[0], lines.get(k)[1], false)));
            }
            return new FormulaLines(original, texts, extents);
        }

        /** Places pieces from..to−1, whose joints inside are all of this level or worse. */
        private void place(int from, int to, int level) {
            boolean splittable = to - from > 1 && level <= Joint.INSIDE.level();
            boolean mustSplit = forcedInside(from, to);
            boolean leftSideAlone = false;
            if (!mustSplit && !lines.isEmpty() && !pieces.get(from).forced()) {
                int[] last = lines.get(lines.size() - 1);
                leftSideAlone = leftSideOnly(last[0], from);
                if (fits(last[0], to) || leftSideAlone && !splittable) {
                    last[1] = to;
                    return;
                }
            }
            if (!mustSplit && (!splittable || fits(from, to) && !leftSideAlone)) {
                lines.add(new int[] {from, to});
                return;
            }
            int start = from;
            for (int i = from + 1; i <= to; i++) {
                if (i == to || pieces.get(i).joint().level() <= level) {
                    place(start, i, level + 1);
                    start = i;
                }
            }
        }

        /** Whether a line of pieces first..next−1 holds only a statement's left side, and next is its "=". */
        private boolean leftSideOnly(int first, int next) {
            Joint joint = pieces.get(first).joint();
            if (joint != Joint.FIRST && joint != Joint.STATEMENT || pieces.get(next).joint() != Joint.RELATION) {
                return false;
            }
            for (int i = first + 1; i < next; i++) {
                if (pieces.get(i).joint() == Joint.RELATION) {
                    return false;
                }
            }
            return true;
        }

        private boolean forcedInside(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (pieces.get(i).forced()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether pieces from..to−1 fit one line that starts with piece from. */
        private boolean fits(int from, int to) {
            return lineIndent(from) + extent(text(from, to, true)).width() <= maxWidth;
        }

        /** Space before a line starting at this piece: the statement's left side, and more after an operator. */
        private double lineIndent(int first) {
            Joint joint = pieces.get(first).joint();
            if (joint == Joint.FIRST || joint == Joint.STATEMENT) {
                return 0;
            }
            int start = first;
            while (start > 0 && pieces.get(start).joint() != Joint.FIRST
                    && pieces.get(start).joint() != Joint.STATEMENT) {
                start--;
            }
            int relation = start + 1;
            while (relation < pieces.size() && pieces.get(relation).joint() != Joint.RELATION
                    && pieces.get(relation).joint() != Joint.STATEMENT) {
                relation++;
            }
            double left = relation < pieces.size() && pieces.get(relation).joint() == Joint.RELATION
                    && relation <= first ? extent(text(start, relation, false)).width() : 0;
            return joint == Joint.RELATION ? left : left + indent;
        }

        private Extent extent(String latex) {
            return measured.computeIfAbsent(latex, measure::measure);
        }

        /** Line k with its {@code &}: at the first "=" of a line that starts a statement, else at its start. */
        private String alignedText(int k) {
            int from = lines.get(k)[0];
            int to = lines.get(k)[1];
            Joint joint = pieces.get(from).joint();
            if (joint == Joint.FIRST || joint == Joint.STATEMENT) {
                for (int i = from + 1; i < to; i++) {
                    if (pieces.get(i).joint() == Joint.RELATION) {
                        return text(from, to, false, i);
                    }
                }
                return "& " + text(from, to, false);
            }
            return joint == Joint.RELATION ? "&" + text(from, to, true).substring("{} ".length())
                    : "&\\qquad " + text(from, to, true);
        }

        private String text(int from, int to, boolean leading) {
            return text(from, to, leading, -1);
        }

        /**
         * Pieces from..to−1 as LaTeX; leading keeps the first piece's operator (after {@code {}} so
         * it keeps its spacing); an {@code &} goes before the operator of piece ampersand. A group cut
         * by the line's ends is closed or opened with an invisible delimiter and a {@code \vphantom}
         * of the whole inside, so its delimiters keep their size.
         */
        private String text(int from, int to, boolean leading, int ampersand) {
            StringBuilder out = new StringBuilder();
            Group open = null;
            for (int i = from; i < to; i++) {
                Piece piece = pieces.get(i);
                boolean startsGroup = piece.group() != null && (i == 0 || pieces.get(i - 1).group() != piece.group());
                if (open != null && piece.group() != open) {
                    out.append(' ').append(open.close());
                    open = null;
                }
                if (piece.group() != null && open == null && !startsGroup) {
                    out.append("\\left.\\vphantom{").append(piece.group().inner()).append('}');
                    open = piece.group();
                }
                if (i == ampersand) {
                    out.append(" &").append(piece.operator());
                } else if (i > from || leading) {
                    appendOperator(out, piece, i == from);
                }
                if (startsGroup) {
                    out.append(' ').append(piece.group().open());
                    if (!wholeGroup(i, to)) {
                        out.append("\\vphantom{").append(piece.group().inner()).append('}');
                    }
                    open = piece.group();
                }
                out.append(' ').append(piece.latex());
            }
            if (open != null) {
                boolean ends = to == pieces.size() || pieces.get(to).group() != open;
                out.append(' ').append(ends ? open.close() : "\\right.");
            }
            return out.toString().strip();
        }

        private void appendOperator(StringBuilder out, Piece piece, boolean first) {
            if (first) {
                if (piece.joint() == Joint.STATEMENT || piece.operator().isEmpty() || piece.operator().equals("\\,")) {
                    return;
                }
                out.append(" {}");
            }
            out.append(' ').append(piece.operator());
        }

        private boolean wholeGroup(int start, int to) {
            Group group = pieces.get(start).group();
            return to == pieces.size() || pieces.get(to).group() != group;
        }
    }
}
