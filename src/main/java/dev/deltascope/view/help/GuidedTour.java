package dev.deltascope.view.help;

import dev.deltascope.view.dialog.Dialogs;
import java.io.UncheckedIOException;

/** The window's guided tour: offered on the first start, reopened from Help, remembered as seen when it ends. */
public final class GuidedTour {

    private final TourOwner window;
    private TourOverlay overlay;
    private TourProgress progress;

    public GuidedTour(TourOwner window) {
        this.window = window;
    }

    /** Shows the tour if {@code seen} says it was never seen; it is remembered there when it ends. */
    public void offer(TourProgress seen) {
        progress = seen;
        if (!seen.seen()) {
            show();
        }
    }

    /** Starts the tour from its first stop, unless it is already showing. */
    public void show() {
        if (overlay != null && overlay.isShowing()) {
            return;
        }
        overlay = new TourOverlay(window.stage(), new Tour(), id -> window.root().lookup("#" + id), this::ended);
        overlay.show();
    }

    /** The tour on screen, or null before it was first shown. */
    public TourOverlay overlay() {
        return overlay;
    }

    private void ended() {
        if (progress == null) {
            return;
        }
        try {
            progress.markSeen();
        } catch (UncheckedIOException notRemembered) {
            Dialogs.error(window.stage(), "Deltascope could not remember that the tour was seen.",
                    notRemembered.getMessage());
        }
    }
}
