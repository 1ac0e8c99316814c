package dev.deltascope.file;

import dev.deltascope.io.SpecialFiles;
import dev.deltascope.model.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a network file's text: at most {@link Limits#MAX_FILE_BYTES}, strict UTF-8, a leading BOM dropped. */
final class FileText {

    private FileText() {
    }

    static String read(Path path, String source) {
        if (Files.isDirectory(path)) {
            throw new NetworkFileException(source, "", "is a folder, not a network file");
        }
        byte[] bytes;
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new NetworkFileException(source, "", "is " + SpecialFiles.kind(path.toRealPath())
                        + ", not a regular file; give a network file to read");
            }
            if (Files.isRegularFile(path)) {
                checkSize(Files.size(path), source);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new NetworkFileException(source, "", "file not found");
        } catch (AccessDeniedException e) {
            throw new NetworkFileException(source, "", "cannot be read: permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "input/output error" : e.getReason();
            throw new NetworkFileException(source, "", "cannot be read: " + reason);
        } catch (IOException e) {
            throw new NetworkFileException(source, "", "cannot be read: " + e.getMessage());
        }
        checkSize(bytes.length, source);
        return decode(bytes, source);
    }

    /** Rejects more than {@link Limits#MAX_FILE_BYTES} bytes. */
    static void checkSize(long bytes, String source) {
        if (bytes > Limits.MAX_FILE_BYTES) {
            throw new NetworkFileException(source, "", "too large: " + bytes + " bytes; a network file may be at most "
                    + Limits.MAX_FILE_BYTES + " bytes (4 MiB)");
        }
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new NetworkFileException(source, "", String.format(
                    "not UTF-8 text: byte 0x%02X at offset %d cannot start or continue a character",
                    bytes[offset] & 0xff, offset));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
