package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;

/** Derivations of the built-in networks for export tests. */
final class Derivations {

    /** A title that would break LaTeX if printed raw. */
    static final String LATEX_HOSTILE = "\\input{/etc/passwd} & % $ # _ { } ~ ^ \\";
    /** A title that would break SVG or HTML if printed raw. */
    static final String MARKUP_HOSTILE = "</svg><script>alert(1)</script>";

    private Derivations() {
    }

    static Derivation of(Preset preset) {
        return DerivationBuilder.build(Trace.of(preset.load()), NumberStyle.DEFAULT);
    }

    static Derivation classic() {
        return of(Presets.CLASSIC);
    }

    static Derivation titled(Preset preset, String title) {
        return DerivationBuilder.build(Trace.of(preset.load().withTitle(title)), NumberStyle.DEFAULT);
    }
}
