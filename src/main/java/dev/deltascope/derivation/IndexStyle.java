package dev.deltascope.derivation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a layer is written on a letter: a^{(l)} (parenthesised, never read as a power), a^l (Nielsen)
 * or a^{[l]} (Ng's deeplearning.ai). {@link LayerIndex} writes the parenthesised form, and a
 * derivation in another style is rewritten from it by {@link #latex(String)} and {@link #plain(String)}.
 */
public enum IndexStyle {
    /** a^{(2)}, plain a⁽²⁾. */
    PARENTHESES("a⁽ˡ⁾"),
    /** a^{2}, plain a². */
    SUPERSCRIPT("aˡ"),
    /** a^{[2]}, plain a^[2] (Unicode has no superscript brackets). */
    BRACKETS("a^[l]");

    private static final Pattern LATEX = Pattern.compile("\\^\\{\\(([^{}()]*)\\)\\}");
    private static final Pattern PLAIN = Pattern.compile("⁽([^⁽⁾]*)⁾");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹ˡᴸ⁺⁻";
    private static final String ORDINARY = "0123456789lL+-";

    private final String example;

    IndexStyle(String example) {
        this.example = example;
    }

    /** How layer l of a looks in this style, as plain text. */
    public String example() {
        return example;
    }

    /** The LaTeX with every ^{(l)} that {@link LayerIndex} wrote in this style. */
    public String latex(String latex) {
        if (this == PARENTHESES) {
            return latex;
        }
        Matcher matcher = LATEX.matcher(latex);
        String replacement = this == BRACKETS ? "^{[$1]}" : "^{$1}";
        return matcher.replaceAll(replacement);
    }

    /** The plain text with every ⁽ˡ⁾ that {@link LayerIndex} wrote in this style. */
    public String plain(String text) {
        if (this == PARENTHESES) {
            return text;
        }
        Matcher matcher = PLAIN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String inner = matcher.group(1);
            matcher.appendReplacement(out, Matcher.quoteReplacement(this == BRACKETS ? "^[" + ordinary(inner) + "]" : inner));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String ordinary(String superscript) {
        StringBuilder out = new StringBuilder();
        for (char c : superscript.toCharArray()) {
            int at = SUPERSCRIPTS.indexOf(c);
            out.append(at >= 0 ? ORDINARY.charAt(at) : c);
        }
        return out.toString();
    }
}
