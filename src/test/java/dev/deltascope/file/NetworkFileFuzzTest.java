package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.RobustDocuments.Document;
import dev.deltascope.file.RobustDocuments.Kind;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the reader 10,000 generated and mutated documents (see {@link RobustDocuments.Kind}).
 * Each must either become a network that {@link RobustNetworkCheck} finds valid and that reads
 * back bit for bit once written, or be refused with a {@link NetworkFileException} whose message
 * is one plain line naming the source (no line breaks, controls or format characters); within a
 * generous time bound, and with nothing else thrown (not even OutOfMemoryError or
 * StackOverflowError, in surefire's 1 GiB heap).
 *
 * <p>Every failure names the seed and the document's index; {@code RobustDocuments.document(seed,
 * index)} makes that document again. Another seed: {@code -Ddeltascope.fuzz.seed=N}.
 */
class NetworkFileFuzzTest {

    private static final long DEFAULT_SEED = 20_250_607L;
    private static final int DOCUMENTS = 10_000;
    /** The reader should take well under 1 s per document; the bound allows for a loaded two-core machine. */
    private static final long DOCUMENT_BOUND_NANOS = Duration.ofSeconds(3).toNanos();
    /** A guard against a hang: the run needs about 10 s of processor time, more on a busy machine. */
    private static final Duration RUN_BOUND = Duration.ofSeconds(180);
    private static final int FAILURES_SHOWN = 15;

    @TempDir
    Path folder;

    /** Counts and failures of one run. */
    private static final class Tally {
        final Map<Kind, int[]> acceptedAndRefused = new EnumMap<>(Kind.class);
        final List<String> failures = new ArrayList<>();
        long slowestNanos;
        String slowest = "none";
    }

    @Test
    void everyDocumentIsReadIntoAValidNetworkOrRefusedWithOneLineNamingTheSource() {
        long seed = Long.getLong("deltascope.fuzz.seed", DEFAULT_SEED);
        Tally tally = assertTimeoutPreemptively(RUN_BOUND, () -> run(seed),
                () -> "seed " + seed + ": " + DOCUMENTS + " documents took longer than " + RUN_BOUND);
        System.out.printf("fuzzed %d documents with seed %d; slowest %.3f s (%s); accepted/refused by kind: %s%n",
                DOCUMENTS, seed, tally.slowestNanos / 1e9, tally.slowest, describe(tally.acceptedAndRefused));
        assertTrue(tally.failures.isEmpty(), () -> tally.failures.size() + " of " + DOCUMENTS
                + " documents failed (seed " + seed + "):\n" + String.join("\n",
                        tally.failures.subList(0, Math.min(FAILURES_SHOWN, tally.failures.size()))));
        assertEquals(Kind.values().length, tally.acceptedAndRefused.size(), "every kind of document was made");
        assertEquals(0, tally.acceptedAndRefused.get(Kind.VALID)[1], "valid documents refused");
        assertEquals(0, tally.acceptedAndRefused.get(Kind.RANDOM_BYTES)[0], "random bytes accepted");
    }

    @Test
    void aFourMebibyteDocumentOfNestedArraysIsRefusedQuickly() throws IOException {
        Path file = folder.resolve("nested.json");
        int half = (int) (Limits.MAX_FILE_BYTES / 2);
        Files.writeString(file, "[".repeat(half) + "]".repeat(half));
        long start = System.nanoTime();
        NetworkFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkFileException.class, () -> NetworkFile.read(file)));
        long elapsed = System.nanoTime() - start;
        assertEquals(file + ": [0][0][0][0][0][0][0][0]: nested deeper than 8 levels; a network file needs at most 4"
                + " (document, weights, matrix, row)", e.getMessage());
        assertTrue(elapsed < Duration.ofSeconds(1).toNanos(), "took " + elapsed / 1e9 + " s");
    }

    private Tally run(long seed) throws IOException {
        Tally tally = new Tally();
        Presets.all().forEach(Preset::load);
        for (int index = 0; index < DOCUMENTS; index++) {
            Document document = RobustDocuments.document(seed, index);
            String failure = attempt(document, index, tally);
            if (failure != null) {
                tally.failures.add("document " + index + " (" + document.kind() + ", " + document.length()
                        + " chars or bytes, starting " + document.preview() + "): " + failure);
            }
        }
        return tally;
    }

    /** Reads one document; null when all is well, else what went wrong. */
    private String attempt(Document document, int index, Tally tally) throws IOException {
        Path file = folder.resolve("document-" + index + ".json");
        String source = document.text() != null ? "fuzz-" + index + ".json" : file.toString();
        if (document.bytes() != null) {
            Files.write(file, document.bytes());
        }
        int[] counts = tally.acceptedAndRefused.computeIfAbsent(document.kind(), kind -> new int[2]);
        long start = System.nanoTime();
        try {
            Network network = document.text() != null ? NetworkFile.parse(document.text(), source)
                    : NetworkFile.read(file);
            String slow = time(tally, start, document, index);
            counts[0]++;
            String invalid = RobustNetworkCheck.problem(network);
            if (slow != null || invalid != null) {
                return slow != null ? slow : "accepted an invalid network: " + invalid;
            }
            return roundTrip(network);
        } catch (NetworkFileException e) {
            String slow = time(tally, start, document, index);
            counts[1]++;
            return slow != null ? slow : messageProblem(e, source);
        } catch (Throwable e) {
            return "threw " + e;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Records how long the reader took; a message when that is over the bound. */
    private static String time(Tally tally, long start, Document document, int index) {
        long elapsed = System.nanoTime() - start;
        if (elapsed > tally.slowestNanos) {
            tally.slowestNanos = elapsed;
            tally.slowest = document.kind() + " #" + index + ", " + document.length() + " chars or bytes";
        }
        return elapsed > DOCUMENT_BOUND_NANOS ? "reading took " + elapsed / 1e9 + " s" : null;
    }

    /** Written and read again through UTF-8, the network must come back bit for bit. */
    private static String roundTrip(Network network) {
        String json = NetworkFile.toJson(network);
        String decoded = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Network back = NetworkFile.parse(decoded, "round trip");
        return RobustNetworkCheck.sameBits(network, back) ? null : "did not read back bit for bit: " + json;
    }

    private static String messageProblem(NetworkFileException e, String source) {
        String message = e.getMessage();
        if (message == null || !message.startsWith(source + ": ")) {
            return "the message does not start with the source: " + message;
        }
        if (e.problem() == null || e.problem().isBlank()) {
            return "the message has no problem: " + message;
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT || Character.isSurrogate(c)) {
                return String.format("the message is not one plain line (U+%04X at %d): %s", (int) c, i,
                        JsonPath.quote(message));
            }
        }
        return message.length() > 600 ? "the message is " + message.length() + " characters long: " + message : null;
    }

    private static String describe(Map<Kind, int[]> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, pair) -> text.append(kind).append(' ').append(pair[0]).append('/').append(pair[1])
                .append("; "));
        return text.toString();
    }
}
