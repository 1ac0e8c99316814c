package dev.deltascope.export;

import java.util.concurrent.CancellationException;

/**
 * Watches an export that may run off the UI thread: hears progress after each step and can
 * ask it to stop. A cancelled export throws {@link CancellationException} and leaves no partial file.
 */
public interface ExportMonitor {

    /** Does nothing and never cancels. */
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called after each step is done: done of total. May be called from any thread. */
    void progress(int done, int total);

    boolean isCancelled();

    /** Throws CancellationException when cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
