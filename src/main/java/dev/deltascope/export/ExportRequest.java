package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.ViewKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to export and where.
 *
 * @param target a file, or a folder: a name ending in the format's extension is a file, anything
 *     else a folder (created if missing) that gets one file per step, or the document's default name
 * @param fromStep first step, index from 0
 * @param toStep last step, inclusive
 * @param scale pixels per point for PNG (1, 2 or 3 for screens, projectors and print); up to 8
 * @param theme colours; a null background makes PNG and SVG transparent
 * @param view the view of backward steps to include, or null for the step alone
 * @param replaceExisting whether an existing file may be replaced (after asking, or with --force)
 */
public record ExportRequest(Path target, int fromStep, int toStep, double scale, PictureTheme theme, ViewKind view,
        boolean replaceExisting) {

    public static final double MAX_SCALE = 8;

    public ExportRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(theme, "theme");
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale: must be in (0, " + MAX_SCALE + "], was " + scale);
        }
    }

    /** Steps fromStep..toStep to target, at scale 1, light theme, no view, never replacing an existing file. */
    public static ExportRequest of(Path target, int fromStep, int toStep) {
        return new ExportRequest(target, fromStep, toStep, 1, PictureTheme.LIGHT, null, false);
    }

    /** Every step of the derivation to target. */
    public static ExportRequest allSteps(Path target, Derivation derivation) {
        return of(target, 0, derivation.steps().size() - 1);
    }

    public ExportRequest withScale(double newScale) {
        return new ExportRequest(target, fromStep, toStep, newScale, theme, view, replaceExisting);
    }

    public ExportRequest withTheme(PictureTheme newTheme) {
        return new ExportRequest(target, fromStep, toStep, scale, newTheme, view, replaceExisting);
    }

    public ExportRequest withView(ViewKind newView) {
        return new ExportRequest(target, fromStep, toStep, scale, theme, newView, replaceExisting);
    }

    public ExportRequest withReplaceExisting(boolean replace) {
        return new ExportRequest(target, fromStep, toStep, scale, theme, view, replace);
    }

    /** Number of steps asked for. */
    public int stepCount() {
        return toStep - fromStep + 1;
    }

    /** Checks the range against the derivation; the message names the bad range and the valid one. */
    void checkRange(Derivation derivation) {
        int count = derivation.steps().size();
        if (fromStep < 0 || toStep >= count || fromStep > toStep) {
            throw new IllegalArgumentException("steps " + (fromStep + 1) + ".." + (toStep + 1)
                    + ": must lie within 1.." + count + " with the first not after the last");
        }
    }
}
