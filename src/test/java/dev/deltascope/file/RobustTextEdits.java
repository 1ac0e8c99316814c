package dev.deltascope.file;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of a document's text and bytes for the fuzz test: cuts, copies, swapped tokens, bad Unicode, bad UTF-8. */
final class RobustTextEdits {

    private static final List<String> NASTY_TEXT = List.of("\ud800", "\udfff", "\ud83d", "\udc00\ud800", "\ufeff",
            "\u0000", "\u2028", "\u2029", "\u202e", "\uffff", "\ufffe", "\uD83D\uDE00", "e\u0301", "\u0085", "\u00a0",
            "\\ud800", "\\udc00\\ud800", "\\u0000", "\\uZZZZ", "\\x41", "\\", "\\u12", "\"", "\u001b[2J");
    private static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC3},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE},
        {(byte) 0xE2, (byte) 0x82}};
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"format\"",
            "\"deltascope-network\"", "\"version\"", "1", "\"layers\"", "\"size\"", "\"activation\"", "\"sigmoid\"",
            "\"loss\"", "\"input\"", "true", "false", "null", "-0", "1e999", "\"", "\\", " ", "\n", "/*", "//", "'",
            "NaN", "0.5", "\"weights\"", "[[", "]]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private RobustTextEdits() {
    }

    /** One random edit: cut, copy or swap a span, insert a token, or replace a number or a string. */
    static String edit(String text, SplittableRandom random) {
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + 1 + random.nextInt(40));
        switch (random.nextInt(7)) {
            case 0:
                return text.substring(0, at) + text.substring(end);
            case 1:
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
            case 2:
                return text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
            case 3:
                return replaceToken(text, NUMBER, RobustMutations.EXTREME_NUMBERS, random);
            case 4:
                return replaceToken(text, STRING, List.of("\"\"", "\"softmax\"", "\"cross_entropy\"", "\"SIGMOID\"",
                        "\"deltascope-network \"", "\"size\"", "\"inputs\"", "3", "null"), random);
            case 5:
                char[] chars = text.toCharArray();
                int other = random.nextInt(chars.length);
                char kept = chars[at];
                chars[at] = chars[other];
                chars[other] = kept;
                return new String(chars);
            default:
                return text.substring(0, at) + (char) ('0' + random.nextInt(10)) + text.substring(at + 1);
        }
    }

    private static String replaceToken(String text, Pattern pattern, List<String> replacements,
            SplittableRandom random) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replacement = replacements.get(random.nextInt(replacements.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    /** Lone surrogates, byte-order marks, control and invisible characters, and bad escapes, inside strings or not. */
    static String unicodeGarbage(String text, SplittableRandom random) {
        String result = text;
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            String nasty = NASTY_TEXT.get(random.nextInt(NASTY_TEXT.size()));
            int at = random.nextInt(result.length() + 1);
            if (random.nextBoolean()) {
                int quote = result.indexOf('"', at);
                at = quote < 0 ? at : quote + 1;
            }
            result = result.substring(0, at) + nasty + result.substring(at);
        }
        return result;
    }

    /** The text as bytes that are not UTF-8: bad sequences inserted, another encoding, or a cut character. */
    static byte[] invalidUtf8(String text, SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                Charset[] others = {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                    Charset.forName("UTF-32"), StandardCharsets.ISO_8859_1};
                return (random.nextBoolean() ? "\ufeff" + text : text).getBytes(others[random.nextInt(others.length)]);
            case 1:
                byte[] emoji = (text + "\"\uD83D\uDE00").getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(emoji, emoji.length - 1 - random.nextInt(3));
            default:
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
        }
    }

    /** Up to 300 JSON-like tokens in no particular order. */
    static String randomTokens(SplittableRandom random) {
        StringBuilder tokens = new StringBuilder();
        for (int i = random.nextInt(300); i >= 0; i--) {
            tokens.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return tokens.toString();
    }

    /** Up to 4 KiB of random bytes, sometimes after the start of a valid document. */
    static byte[] randomBytes(SplittableRandom random, String valid) {
        byte[] noise = new byte[random.nextInt(4097)];
        random.nextBytes(noise);
        if (random.nextInt(3) > 0) {
            return noise;
        }
        byte[] start = valid.getBytes(StandardCharsets.UTF_8);
        int kept = random.nextInt(start.length + 1);
        byte[] joined = java.util.Arrays.copyOf(start, kept + noise.length);
        System.arraycopy(noise, 0, joined, kept, noise.length);
        return joined;
    }

    /** A whole number between low and high, each order of magnitude about as likely as the next. */
    static long logUniform(SplittableRandom random, long low, long high) {
        double exponent = Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low));
        return Math.max(low, Math.min(high, Math.round(Math.exp(exponent))));
    }
}
