package dev.deltascope.derivation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step in two conventions side by side: both symbolic formulas with every transpose that is in
 * one and not in the other in colour, and one sentence saying why. The numbers are the same in both;
 * a formula in a row convention is the transpose of the column one, (X Y)ᵀ = Yᵀ Xᵀ, so its factors
 * swap and its transposes move.
 *
 * @param from the step in the first convention
 * @param to the same step in the second
 * @param fromLatex the first formula, its moved transposes coloured
 * @param toLatex the second formula, its moved transposes coloured
 * @param why one sentence
 */
public record Translation(Step from, Step to, String fromLatex, String toLatex, String why) {

    /** The colour of a transpose that moved. */
    public static final String COLOUR = "orange";
    private static final Pattern PHANTOM = Pattern.compile("\\\\vphantom\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*\\}");

    /** The step at {@code index} of two derivations of one trace, in their conventions. */
    public static Translation of(Derivation first, Derivation second, int index) {
        Step from = first.steps().get(index);
        Step to = second.steps().get(index);
        String fromFormula = shown(from);
        String toFormula = shown(to);
        Set<String> fromTransposes = transposes(fromFormula, first.convention());
        Set<String> toTransposes = transposes(toFormula, second.convention());
        return new Translation(from, to, coloured(fromFormula, first.convention(), toTransposes),
                coloured(toFormula, second.convention(), fromTransposes),
                TranslationSentence.why(from, first.convention(), second.convention()));
    }

    /** The step's formula without the phantoms that level its shape labels. */
    private static String shown(Step step) {
        return PHANTOM.matcher(step.symbolic()).replaceAll("");
    }

    /** The bases X of every (X)^{⊤} in the formula, with the layer written as ⁽ˡ⁾ so conventions compare. */
    static Set<String> transposes(String latex, Convention convention) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] span : spans(latex)) {
            out.add(normal(latex.substring(span[0] + 1, span[1]), convention));
        }
        return out;
    }

    /** The formula with each (X)^{⊤} whose base is not among {@code others} coloured. */
    private static String coloured(String latex, Convention convention, Set<String> others) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int[] span : spans(latex)) {
            String base = latex.substring(span[0] + 1, span[1]);
            if (others.contains(normal(base, convention))) {
                continue;
            }
            int end = span[1] + ")^{\\top}".length();
            out.append(latex, copied, span[0]).append("\\textcolor{" + COLOUR + "}{").append(latex, span[0], end)
                    .append("}");
            copied = end;
        }
        return out.append(latex.substring(copied)).toString();
    }

    /** [open, close] of the parentheses of each (X)^{⊤}: close is the ")" before ^{\top}. */
    private static java.util.List<int[]> spans(String latex) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        Matcher end = Pattern.compile("\\)\\^\\{\\\\top\\}").matcher(latex);
        while (end.find()) {
            int close = end.start();
            int depth = 0;
            for (int i = close; i >= 0; i--) {
                char c = latex.charAt(i);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    if (!latex.startsWith("\\left", i - 5)) {
                        out.add(new int[] {i, close});
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The base with its layer written as ^{(l)}, whatever the convention writes. */
    private static String normal(String base, Convention convention) {
        return switch (convention.index()) {
            case PARENTHESES -> base;
            case BRACKETS -> base.replaceAll("\\^\\{\\[([^\\]{}]*)\\]\\}", "^{($1)}");
            case SUPERSCRIPT -> base.replaceAll("\\^\\{([^(){}\\[\\]]*)\\}", "^{($1)}");
        };
    }
}
