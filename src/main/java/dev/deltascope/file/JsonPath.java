package dev.deltascope.file;

import java.util.regex.Pattern;

/** JSON paths as messages show them ({@code layers[2].size}, {@code weights[0][1][0]}; the root is ""). */
final class JsonPath {

    /** Longest piece of user text echoed back in a message. */
    static final int MAX_ECHO = 40;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {
    }

    /** The path of field {@code name} inside the object at {@code parent}. */
    static String field(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[" + quote(name) + "]";
    }

    /** The path of entry {@code index} inside the array at {@code parent}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * User text made safe for a one-line ASCII message: in double quotes, with quotes, backslashes,
     * control and non-ASCII characters escaped as in JSON, cut after {@value #MAX_ECHO} characters.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), MAX_ECHO);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < text.length()) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    /** A number's source text, cut after {@value #MAX_ECHO} characters. */
    static String shorten(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
    }
}
