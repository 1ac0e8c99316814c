package dev.deltascope.export;

import dev.deltascope.io.AtomicWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * The export's side of {@link AtomicWriter}: the same atomic write, its failures reported as an
 * {@link ExportException} naming the file. A failure, or a cancellation thrown by the content
 * writer, leaves any earlier file untouched and no temporary file behind.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the target, replacing any earlier regular file. */
    public static void write(Path target, AtomicWriter.Content content) throws ExportException {
        write(target, true, content);
    }

    /**
     * Writes the target. When replaceExisting is false and the target exists, fails without
     * touching it. A {@link CancellationException} from the writer is rethrown after cleaning up.
     */
    public static void write(Path target, boolean replaceExisting, AtomicWriter.Content content) throws ExportException {
        try {
            AtomicWriter.write(target, replaceExisting, content);
        } catch (IOException e) {
            throw failure(target, e);
        } catch (UncheckedIOException e) {
            throw failure(target, e.getCause());
        }
    }

    /** The export's message for a write that failed: the target, then the rule or the reason. */
    static ExportException failure(Path target, IOException e) {
        return new ExportException(target, AtomicWriter.problem(e), e);
    }
}
