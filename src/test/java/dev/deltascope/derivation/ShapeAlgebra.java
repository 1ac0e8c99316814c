package dev.deltascope.derivation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shape labels of a formula (an underset r × c under each term) and checks that they
 * multiply: terms side by side (or joined by ·) are matrix products, +, − and ⊙ need equal shapes,
 * and both sides of = have one shape. Parentheses {@code \left( … \right)} group. LaTeX between
 * labelled terms without a label is read as a scalar. A side with no label at all is not checked.
 */
final class ShapeAlgebra {

    /** A token: a labelled term's shape, an operator or a parenthesis. */
    private record Token(char kind, int rows, int columns) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private int at;
    private final String where;

    private ShapeAlgebra(String side, String where) {
        this.where = where;
        tokenise(side);
        dropScalars();
    }

    /**
     * Drops what stands between scalars: an empty group "( )", and an operator whose operand on
     * either side is a scalar (at the start or end, next to a parenthesis or another operator).
     */
    private void dropScalars() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < tokens.size() && !changed; i++) {
                char kind = tokens.get(i).kind();
                char before = i == 0 ? '^' : tokens.get(i - 1).kind();
                char after = i + 1 == tokens.size() ? '$' : tokens.get(i + 1).kind();
                if (kind == '(' && after == ')') {
                    tokens.remove(i + 1);
                    tokens.remove(i);
                    changed = true;
                } else if (kind == '+' && ("^(+".indexOf(before) >= 0 || "$)+".indexOf(after) >= 0)) {
                    tokens.remove(i);
                    changed = true;
                }
            }
        }
    }

    /**
     * Checks every equation of the formula (lines split at \\, equations at \quad); throws an
     * AssertionError naming the first product or sum whose shapes do not fit. Returns the number of
     * products and equalities checked.
     */
    static int check(String latex, String where) {
        int checked = 0;
        for (String line : latex.split("\\\\\\\\")) {
            if (line.contains("\\overset{?}")) {
                continue;
            }
            for (String equation : line.split("\\\\quad")) {
                int[] shape = null;
                for (String side : equation.split("\\\\;\\\\mathord\\{=\\}\\\\;|(?<!\\\\[;:]) = ")) {
                    ShapeAlgebra algebra = new ShapeAlgebra(side, where + ": " + equation);
                    if (algebra.tokens.stream().noneMatch(token -> token.kind() == 'T')) {
                        continue;
                    }
                    int[] sideShape = algebra.expression();
                    checked++;
                    if (shape != null && (shape[0] != sideShape[0] || shape[1] != sideShape[1])) {
                        throw new AssertionError(where + ": sides " + shape[0] + "×" + shape[1] + " and "
                                + sideShape[0] + "×" + sideShape[1] + " in " + equation);
                    }
                    shape = sideShape;
                }
            }
        }
        return checked;
    }

    private void tokenise(String side) {
        for (int i = 0; i < side.length(); i++) {
            if (side.startsWith(ShapeLabels.OPEN, i)) {
                int close = side.indexOf('}', i);
                String[] sizes = side.substring(i + ShapeLabels.OPEN.length(), close).split(" \\\\times ");
                tokens.add(new Token('T', Integer.parseInt(sizes[0].trim()), Integer.parseInt(sizes[1].trim())));
                i = ShapeLabels.closing(side, close + 1);
            } else if (side.startsWith("\\left(", i)) {
                tokens.add(new Token('(', 0, 0));
                i += 5;
            } else if (side.startsWith("\\right)", i)) {
                tokens.add(new Token(')', 0, 0));
                i += 6;
            } else if (side.startsWith("\\mathord{+}", i) || side.startsWith("\\mathord{-}", i)) {
                tokens.add(new Token('+', 0, 0));
                i += "\\mathord{+}".length() - 1;
            } else if (side.startsWith(" + ", i) || side.startsWith(" - ", i)) {
                tokens.add(new Token('+', 0, 0));
                i += 2;
            } else if (side.startsWith("\\odot", i)) {
                tokens.add(new Token('+', 0, 0));
                i += 4;
            }
        }
    }

    /** elementwise := product ((+ | − | ⊙) product)*. */
    private int[] expression() {
        int[] left = product();
        while (at < tokens.size() && tokens.get(at).kind() == '+') {
            at++;
            int[] right = product();
            if (left[0] != right[0] || left[1] != right[1]) {
                throw new AssertionError(where + ": elementwise " + left[0] + "×" + left[1] + " with " + right[0] + "×"
                        + right[1]);
            }
        }
        return left;
    }

    /** product := atom atom*. */
    private int[] product() {
        int[] left = atom();
        while (at < tokens.size() && (tokens.get(at).kind() == 'T' || tokens.get(at).kind() == '(')) {
            int[] right = atom();
            if (left[1] != right[0]) {
                throw new AssertionError(where + ": product " + left[0] + "×" + left[1] + " by " + right[0] + "×"
                        + right[1]);
            }
            left = new int[] {left[0], right[1]};
        }
        return left;
    }

    private int[] atom() {
        Token token = tokens.get(at++);
        if (token.kind() == '(') {
            int[] inner = expression();
            at++;
            return inner;
        }
        if (token.kind() != 'T') {
            throw new AssertionError(where + ": expected a term at token " + at);
        }
        return new int[] {token.rows(), token.columns()};
    }

}
