package dev.deltascope.export;

import java.util.ArrayList;
import java.util.List;

/** An export monitor that is never cancelled and records each progress report as "done/total", from any thread. */
final class RecordingMonitor implements ExportMonitor {

    private final List<String> progress = new ArrayList<>();

    @Override
    public synchronized void progress(int done, int total) {
        progress.add(done + "/" + total);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** The reports so far, in order. */
    synchronized List<String> progress() {
        return List.copyOf(progress);
    }
}
