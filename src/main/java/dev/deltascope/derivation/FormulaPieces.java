package dev.deltascope.derivation;

import java.util.ArrayList;
import java.util.List;

/**
 * The places a formula's LaTeX may be broken across lines. A formula (or each row of a
 * {@code gathered} one) is cut into pieces: before a statement that follows {@code ,\quad} or a
 * row break, before each top-level relation ({@code =}, {@code \leftarrow}, {@code \approx}), before each top-level binary operator ({@code +},
 * {@code -}, {@code \odot}, {@code \cdot}), between two matrices (or parenthesised groups) that
 * multiply side by side, and at the same operators inside a top-level {@code \left( … \right)}.
 * Nothing else is cut: a matrix, a fraction or a number is never split.
 */
public final class FormulaPieces {

    /** How a piece joins the one before it; a lower level is a better place to break a line. */
    public enum Joint {
        /** The formula's first piece. */
        FIRST(0),
        /** A new statement: after {@code ,\quad}, or a new row of a {@code gathered}. */
        STATEMENT(0),
        /** After a top-level relation. */
        RELATION(1),
        /** After a top-level binary operator, or between two factors side by side. */
        OPERATOR(2),
        /** After an operator inside a top-level {@code \left( … \right)}. */
        INSIDE(3);

        private final int level;

        Joint(int level) {
            this.level = level;
        }

        /** 0 for the best place to break, 3 for the worst. */
        public int level() {
            return level;
        }
    }

    /**
     * A {@code \left … \right} group whose inside is cut into pieces.
     *
     * @param open what opens it, with anything before it in the same piece, e.g. {@code \sigma\left(}
     * @param inner everything between the delimiters, for a {@code \vphantom} that keeps the
     *     delimiters of a split group as tall as the whole
     * @param close the closing delimiter with its scripts and anything after it up to the next
     *     break, e.g. {@code \right)^{\top}}
     */
    public record Group(String open, String inner, String close) {
    }

    /**
     * One piece.
     *
     * @param joint how it joins the piece before
     * @param operator what stands between it and the piece before when both are on one line
     *     ({@code =}, {@code \odot}, {@code \quad}, {@code \,} or nothing)
     * @param latex the piece itself
     * @param group the {@code \left … \right} group it lies in, or null
     * @param forced whether a new line must start here (a row of a {@code gathered})
     */
    public record Piece(Joint joint, String operator, String latex, Group group, boolean forced) {
    }

    private static final List<String> RELATIONS = List.of("=", "\\leftarrow", "\\approx");
    private static final List<String> OPERATORS = List.of("+", "-", "\\odot", "\\cdot");
    /** Atoms after which a minus sign is a sign, not an operator. */
    private static final List<String> OPENINGS = List.of("(", "[", "\\{", "\\langle", ",", ";", ":");
    private static final List<String> BIG = List.of("\\begin", "\\left", "\\underset", "\\frac");

    private final List<Piece> pieces = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private Joint joint = Joint.FIRST;
    private String operator = "";
    private boolean forced;
    private String groupOpen;
    private String groupInner;
    private List<Piece> groupPieces;
    private StringBuilder groupClose;

    private final boolean groups;

    private FormulaPieces(boolean groups) {
        this.groups = groups;
    }

    /** The pieces of a formula, in order; joined again they read as the formula. */
    public static List<Piece> of(String latex) {
        String body = latex.strip();
        String gathered = "\\begin{gathered}";
        if (body.startsWith(gathered) && body.endsWith("\\end{gathered}")
                && FormulaAtoms.atoms(body).size() == 1) {
            body = body.substring(gathered.length(), body.length() - "\\end{gathered}".length());
        }
        return cut(body, true);
    }

    /** The pieces of LaTeX; with groups, a top-level {@code \left … \right} group is cut inside too. */
    private static List<Piece> cut(String latex, boolean groups) {
        FormulaPieces cutter = new FormulaPieces(groups);
        cutter.cut(FormulaAtoms.atoms(latex));
        return List.copyOf(cutter.pieces);
    }

    private void cut(List<String> atoms) {
        boolean afterOperand = false;
        boolean afterBig = false;
        String spacing = null;
        for (int i = 0; i < atoms.size(); i++) {
            String raw = atoms.get(i);
            String atom = raw.strip();
            if (atom.equals("\\\\")) {
                startPiece(Joint.STATEMENT, "", true);
                afterOperand = false;
                afterBig = false;
            } else if (atom.equals(",") && i + 1 < atoms.size() && atoms.get(i + 1).strip().equals("\\quad")) {
                append(",");
                startPiece(Joint.STATEMENT, "\\quad", false);
                i++;
                afterOperand = false;
                afterBig = false;
            } else if (RELATIONS.contains(atom)) {
                startPiece(Joint.RELATION, atom, false);
                afterOperand = false;
                afterBig = false;
            } else if (afterOperand && OPERATORS.contains(atom)) {
                startPiece(Joint.OPERATOR, atom, false);
                afterOperand = false;
                afterBig = false;
            } else if (atom.equals("\\,")) {
                spacing = raw;
                continue;
            } else {
                boolean big = isBig(atom);
                if (big && afterBig) {
                    startPiece(Joint.OPERATOR, spacing == null ? "" : spacing.strip(), false);
                } else if (spacing != null) {
                    append(spacing);
                }
                if (groups && atom.startsWith("\\left") && groupPieces == null && insideCuts(atom)) {
                    openGroup(atom);
                } else {
                    append(raw);
                }
                afterOperand = !OPENINGS.contains(atom);
                afterBig = big;
            }
            spacing = null;
        }
        if (spacing != null) {
            append(spacing);
        }
        finishPiece();
    }

    private static boolean isBig(String atom) {
        for (String start : BIG) {
            if (atom.startsWith(start) && (atom.length() == start.length()
                    || !Character.isLetter(atom.charAt(start.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCuts(String atom) {
        return FormulaAtoms.leftParts(atom, 0) != null && insidePieces(atom).size() > 1;
    }

    private static List<Piece> insidePieces(String atom) {
        int[] parts = FormulaAtoms.leftParts(atom, 0);
        String inner = atom.substring(parts[0], parts[1]);
        List<Piece> inside = new ArrayList<>();
        for (Piece piece : cut(inner, false)) {
            if (piece.forced()) {
                return List.of(new Piece(Joint.FIRST, "", inner, null, false));
            }
            inside.add(piece.joint() == Joint.FIRST ? piece
                    : new Piece(Joint.INSIDE, piece.joint() == Joint.STATEMENT ? "\\quad" : piece.operator(),
                            piece.latex(), null, false));
        }
        return inside;
    }

    /** Starts a group: the pieces inside become pieces of the formula, the first carrying the current joint. */
    private void openGroup(String atom) {
        int[] parts = FormulaAtoms.leftParts(atom, 0);
        List<Piece> inside = insidePieces(atom);
        groupOpen = current + atom.substring(0, parts[0]);
        groupInner = atom.substring(parts[0], parts[1]);
        groupClose = new StringBuilder(atom.substring(parts[1]));
        groupPieces = new ArrayList<>();
        for (int k = 0; k < inside.size(); k++) {
            Piece piece = inside.get(k);
            groupPieces.add(k == 0 ? new Piece(joint, operator, piece.latex(), null, forced)
                    : new Piece(Joint.INSIDE, piece.operator(), piece.latex(), null, false));
        }
        current = new StringBuilder();
    }

    /** Adds an atom (with the spaces before it, unless it starts a piece) to the piece, or to the close of its group. */
    private void append(String raw) {
        StringBuilder target = groupPieces == null ? current : groupClose;
        target.append(target.isEmpty() ? raw.strip() : raw);
    }

    private void startPiece(Joint next, String nextOperator, boolean nextForced) {
        finishPiece();
        joint = next;
        operator = nextOperator;
        forced = nextForced;
    }

    private void finishPiece() {
        if (groupPieces != null) {
            Group group = new Group(groupOpen, groupInner, groupClose.toString());
            for (Piece piece : groupPieces) {
                pieces.add(new Piece(piece.joint(), piece.operator(), piece.latex(), group, piece.forced()));
            }
            groupPieces = null;
        } else if (!current.isEmpty()) {
            pieces.add(new Piece(joint, operator, current.toString(), null, forced));
        }
        current = new StringBuilder();
    }
}
