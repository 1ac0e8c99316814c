package dev.deltascope.derivation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Formulas with shape labels under their terms ({@link MatrixLatex#under}), laid out the same in
 * JLaTeXMath and pdflatex. The labels of a line sit at one common height: every labelled term gets
 * a vertical phantom of all the line's terms, so a label under z^{(1)} sits as low as one under
 * ∂C/∂W^{(1)}. And the signs between terms are spaced by hand: JLaTeXMath makes an underset a
 * relation, and TeX puts no space between two relations, so "z = W" would lose the space around
 * "="; an ordinary sign between explicit spaces ({@code \;\mathord{=}\;}) is spaced alike by both.
 * Never {@code {=}}: JLaTeXMath makes the sign ordinary by changing the one "=" every formula shares,
 * after which every "=" in the JVM loses its space and ≠ draws its slash before the "=".
 */
final class ShapeLabels {

    /** How {@link MatrixLatex#under} opens a labelled term; the shape group and then the term follow. */
    static final String OPEN = "\\underset{";
    private static final String LINE_BREAK = " \\\\ ";
    /** The signs between terms, with the spaces TeX gives them: thick for relations, medium for operations. */
    static final String[][] SIGNS = {
        {" \\overset{?}{=} ", "\\;\\mathord{\\overset{?}{=}}\\;"}, {" = ", "\\;\\mathord{=}\\;"},
        {" \\neq ", "\\;\\mathord{\\neq}\\;"}, {" \\leftarrow ", "\\;\\mathord{\\leftarrow}\\;"},
        {" + ", "\\:\\mathord{+}\\:"}, {" - ", "\\:\\mathord{-}\\:"}, {" \\odot ", "\\:\\mathord{\\odot}\\:"},
        {" \\cdot ", "\\:\\mathord{\\cdot}\\:"},
    };

    private ShapeLabels() {
    }

    /** The formula with the labels of each line (lines split at " \\ ") levelled. */
    static String levelled(String latex) {
        if (!latex.contains(OPEN)) {
            return latex;
        }
        List<String> lines = new ArrayList<>();
        for (String line : latex.split(java.util.regex.Pattern.quote(LINE_BREAK), -1)) {
            lines.add(levelledLine(line));
        }
        return String.join(LINE_BREAK, lines);
    }

    private static String levelledLine(String line) {
        Set<String> terms = new LinkedHashSet<>();
        for (int at = line.indexOf(OPEN); at >= 0; at = line.indexOf(OPEN, at + 1)) {
            int termStart = closing(line, at + OPEN.length() - 1) + 1;
            terms.add(line.substring(termStart + 1, closing(line, termStart)));
        }
        if (terms.isEmpty()) {
            return line;
        }
        line = spaced(line);
        if (terms.size() < 2) {
            return line;
        }
        String phantom = "\\vphantom{" + String.join("", terms) + "}";
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int at = line.indexOf(OPEN); at >= 0; at = line.indexOf(OPEN, at + 1)) {
            int termStart = closing(line, at + OPEN.length() - 1) + 1;
            out.append(line, copied, termStart + 1).append(phantom);
            copied = termStart + 1;
        }
        return out.append(line.substring(copied)).toString();
    }

    /** The line with each sign between spaces written as an ordinary sign between explicit spaces. */
    private static String spaced(String line) {
        String out = line;
        for (String[] sign : SIGNS) {
            out = out.replace(sign[0], sign[1]);
        }
        return out;
    }

    /** The index of the brace that closes the group opened at {@code open} (a backslash escapes the next character). */
    static int closing(String latex, int open) {
        int depth = 0;
        for (int i = open; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces from " + open + " in " + latex);
    }
}
