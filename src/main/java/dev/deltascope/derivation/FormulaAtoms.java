package dev.deltascope.derivation;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula's LaTeX read as its top-level atoms, the units a line break may fall between: a
 * braced group, an environment ({@code \begin{…} … \end{…}}), a {@code \left … \right} group, a
 * command with its braced arguments ({@code \frac{1}{2}}), a row break {@code \\}, or a single
 * character, each with any sub- and superscripts and primes that follow it.
 */
final class FormulaAtoms {

    private FormulaAtoms() {
    }

    /**
     * The top-level atoms in order, each with the spaces before it, so that joined again they
     * are the LaTeX given (less trailing spaces).
     */
    static List<String> atoms(String latex) {
        List<String> atoms = new ArrayList<>();
        int start = 0;
        int i = skipSpaces(latex, 0);
        while (i < latex.length()) {
            int end = atomEnd(latex, i);
            atoms.add(latex.substring(start, end));
            start = end;
            i = skipSpaces(latex, end);
        }
        return atoms;
    }

    /**
     * For a {@code \left} group starting at i: where its inside starts, where its {@code \right}
     * starts, and where the group ends with its closing delimiter; null when there is none.
     */
    static int[] leftParts(String latex, int i) {
        if (!isCommand(latex, i, "\\left")) {
            return null;
        }
        int innerStart = delimiterEnd(latex, i + "\\left".length());
        int depth = 1;
        int j = innerStart;
        while (j < latex.length()) {
            if (isCommand(latex, j, "\\left")) {
                depth++;
                j = delimiterEnd(latex, j + "\\left".length());
            } else if (isCommand(latex, j, "\\right")) {
                depth--;
                int end = delimiterEnd(latex, j + "\\right".length());
                if (depth == 0) {
                    return new int[] {innerStart, j, end};
                }
                j = end;
            } else if (latex.charAt(j) == '{') {
                j = groupEnd(latex, j);
            } else {
                j += latex.charAt(j) == '\\' ? 2 : 1;
            }
        }
        return null;
    }

    private static int atomEnd(String latex, int i) {
        int end = bodyEnd(latex, i);
        while (true) {
            int j = skipSpaces(latex, end);
            if (j < latex.length() && (latex.charAt(j) == '^' || latex.charAt(j) == '_')) {
                int argument = skipSpaces(latex, j + 1);
                end = argument < latex.length() ? bodyEnd(latex, argument) : argument;
            } else if (j < latex.length() && latex.charAt(j) == '\'') {
                end = j + 1;
            } else {
                return end;
            }
        }
    }

    private static int bodyEnd(String latex, int i) {
        char c = latex.charAt(i);
        if (c == '{') {
            return groupEnd(latex, i);
        }
        if (c != '\\') {
            return i + 1;
        }
        if (latex.startsWith("\\begin{", i)) {
            return environmentEnd(latex, i);
        }
        int[] left = leftParts(latex, i);
        if (left != null) {
            return left[2];
        }
        int j = i + 1;
        if (j < latex.length() && Character.isLetter(latex.charAt(j))) {
            while (j < latex.length() && Character.isLetter(latex.charAt(j))) {
                j++;
            }
            while (j < latex.length() && latex.charAt(j) == '{') {
                j = groupEnd(latex, j);
            }
            return j;
        }
        return Math.min(latex.length(), j + 1);
    }

    /** The end of the braced group opening at i (after its closing brace), or the end of the text. */
    private static int groupEnd(String latex, int i) {
        int depth = 0;
        for (int j = i; j < latex.length(); j++) {
            char c = latex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j + 1;
            }
        }
        return latex.length();
    }

    private static int environmentEnd(String latex, int i) {
        int depth = 0;
        int j = i;
        while (j < latex.length()) {
            if (latex.startsWith("\\begin{", j)) {
                depth++;
                j = groupEnd(latex, j + "\\begin".length());
            } else if (latex.startsWith("\\end{", j)) {
                depth--;
                j = groupEnd(latex, j + "\\end".length());
                if (depth == 0) {
                    return j;
                }
            } else {
                j += latex.charAt(j) == '\\' ? 2 : 1;
            }
        }
        return latex.length();
    }

    /** The end of the delimiter after {@code \left} or {@code \right}: a character or a command. */
    private static int delimiterEnd(String latex, int i) {
        int j = skipSpaces(latex, i);
        if (j >= latex.length()) {
            return j;
        }
        if (latex.charAt(j) != '\\') {
            return j + 1;
        }
        int k = j + 1;
        if (k < latex.length() && Character.isLetter(latex.charAt(k))) {
            while (k < latex.length() && Character.isLetter(latex.charAt(k))) {
                k++;
            }
            return k;
        }
        return Math.min(latex.length(), k + 1);
    }

    private static boolean isCommand(String latex, int i, String command) {
        int end = i + command.length();
        return latex.startsWith(command, i) && (end >= latex.length() || !Character.isLetter(latex.charAt(end)));
    }

    private static int skipSpaces(String latex, int i) {
        int j = i;
        while (j < latex.length() && Character.isWhitespace(latex.charAt(j))) {
            j++;
        }
        return j;
    }
}
