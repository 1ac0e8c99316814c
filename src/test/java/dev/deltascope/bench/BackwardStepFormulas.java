package dev.deltascope.bench;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import dev.deltascope.render.Formula;
import dev.deltascope.render.FormulaCache;
import dev.deltascope.render.FormulaImage;
import dev.deltascope.render.FormulaRenderer;
import java.awt.Color;
import java.util.List;

/** The formulas a person sees on the first backward step of the default network, and how they are drawn. */
final class BackwardStepFormulas {

    /** The step view's formula size at zoom 1, in points (one point is one pixel at scale 1). */
    static final double POINT_SIZE = 24;
    static final Color INK = Color.BLACK;

    private BackwardStepFormulas() {
    }

    /** The symbolic and the numeric LaTeX of δ^{L−1} for the default network. */
    static List<String> latex() {
        Derivation derivation = DerivationBuilder.build(Trace.of(Presets.defaultNetwork()), NumberStyle.DEFAULT);
        Step step = derivation.steps().stream().filter(s -> s.kind() == StepKind.BACKWARD).findFirst()
                .orElseThrow(() -> new IllegalStateException("the default network's derivation has no backward step"));
        return List.of(step.symbolic(), step.numeric());
    }

    /** Each formula as an image from the cache at the scale, in order. */
    static FormulaImage[] render(FormulaCache<FormulaImage> cache, List<String> latex, double scale) {
        FormulaImage[] images = new FormulaImage[latex.size()];
        for (int i = 0; i < images.length; i++) {
            images[i] = cache.get(latex.get(i), POINT_SIZE, INK, scale);
        }
        return images;
    }

    /** Each formula parsed and laid out, in order: what the step view does before it draws onto its Canvas. */
    static Formula[] layout(List<String> latex) {
        Formula[] formulas = new Formula[latex.size()];
        for (int i = 0; i < formulas.length; i++) {
            formulas[i] = FormulaRenderer.layout(latex.get(i), POINT_SIZE);
        }
        return formulas;
    }

    /** A cache big enough that nothing is evicted. */
    static FormulaCache<FormulaImage> newCache() {
        return FormulaCache.ofImages(64, 64L * 1024 * 1024);
    }
}
