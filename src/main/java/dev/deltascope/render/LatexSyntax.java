package dev.deltascope.render;

import java.util.Optional;

/**
 * Checks JLaTeXMath lets through silently: unbalanced braces (it accepts {@code \frac{a}{})
 * and a sub- or superscript with nothing to attach.
 */
final class LatexSyntax {

    private LatexSyntax() {
    }

    /** A description of the first problem found, with its position, or empty when none. */
    static Optional<String> problem(String latex) {
        int depth = 0;
        int lastOpen = -1;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
                lastOpen = i;
            } else if (c == '}') {
                if (depth == 0) {
                    return Optional.of("'}' at position " + i + " closes no '{'");
                }
                depth--;
            } else if ((c == '^' || c == '_') && !hasArgument(latex, i + 1)) {
                return Optional.of("'" + c + "' at position " + i + " has nothing to attach");
            }
        }
        if (depth > 0) {
            return Optional.of("'{' at position " + lastOpen + " is never closed (" + depth + " unclosed)");
        }
        return Optional.empty();
    }

    private static boolean hasArgument(String latex, int from) {
        for (int i = from; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c != '}' && c != '&' && c != '^' && c != '_' && !latex.startsWith("\\\\", i);
            }
        }
        return false;
    }
}
