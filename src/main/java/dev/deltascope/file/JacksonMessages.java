package dev.deltascope.file;

import java.util.regex.Pattern;

/** Jackson's syntax messages, rewritten for people who write JSON rather than configure Jackson. */
final class JacksonMessages {

    private static final String[][] REWRITES = {
        {"\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2"},
        {"\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)"},
        {" \\(code \\d+( / 0x[0-9a-fA-F]+)?\\)", ""},
        {"maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature 'ALLOW_COMMENTS'"
                + " not enabled for parser\\)", "comments are not allowed in JSON"},
        {"(a valid value )?\\(JSON String, Number \\(or 'NaN'/'\\+INF'/'-INF'\\), Array, Object"
                + " or token 'null', 'true' or 'false'\\)", "a JSON value"},
        {":? ?enable `[^`]*` to allow", ""},
        {", from `[^`]*`", ""},
        {"\\s+", " "},
    };

    private static final Pattern[] PATTERNS = new Pattern[REWRITES.length];

    static {
        for (int i = 0; i < REWRITES.length; i++) {
            PATTERNS[i] = Pattern.compile(REWRITES[i][0]);
        }
    }

    private JacksonMessages() {
    }

    /**
     * The message on one line, without Jackson's feature names, character codes or source
     * placeholder; characters of the document that could break the line or reorder the text on
     * a terminal (controls, line and paragraph separators, format characters such as U+202E,
     * surrogates) are written as {@code \\uXXXX}.
     */
    static String plain(String message) {
        String text = message == null ? "syntax error" : message;
        for (int i = 0; i < REWRITES.length; i++) {
            text = PATTERNS[i].matcher(text).replaceAll(REWRITES[i][1]);
        }
        text = escapeInvisible(text.strip());
        if (text.isEmpty()) {
            return "syntax error";
        }
        boolean capitalisedWord = text.length() > 1 && Character.isLowerCase(text.charAt(1));
        return capitalisedWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String escapeInvisible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
