package dev.deltascope.derivation;

/**
 * A network's title as headers show it: at most {@value #MAX_SHOWN} characters, a longer one cut
 * with "…" (documents keep the whole title in their metadata). Bidirectional controls are dropped,
 * so a title cannot reorder the text printed after it ("step 1 of 13"), and control characters
 * become spaces.
 */
public final class TitleText {

    /** The most characters (code points) of a title a header shows. */
    public static final int MAX_SHOWN = 200;

    private TitleText() {
    }

    /** The title for a header: without bidirectional or control characters, cut to {@value #MAX_SHOWN} with "…". */
    public static String shown(String title) {
        String clean = plain(title).strip();
        if (clean.codePointCount(0, clean.length()) <= MAX_SHOWN) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_SHOWN - 1)).stripTrailing() + "…";
    }

    /** The whole title without bidirectional formatting characters, and control characters as spaces. */
    public static String plain(String title) {
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT && isBidi(c)) {
                return;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE || c == 0xfffe
                    || c == 0xffff) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isBidi(int c) {
        return c == 0x200e || c == 0x200f || c == 0x061c || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
