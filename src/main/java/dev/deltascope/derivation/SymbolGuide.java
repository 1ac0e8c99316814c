package dev.deltascope.derivation;

import dev.deltascope.derivation.SymbolGuideQuantity.Match;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "What am I looking at?": for a step as it is shown, every symbol on screen explained for a
 * learner, in the derivation's convention (wˡⱼₖ is always the weight from unit k of layer l−1 to unit
 * j of layer l; where it sits in W, and how examples sit in Z, A and Δ, follow the convention). One entry
 * per matrix grid, in the order the grids are shown, then the operators and numbers that have no
 * grid (⊙, η, m, …). Each entry says what the symbol is, its shape with this network's sizes, and
 * what a row, a column or an entry of it stands for.
 */
public final class SymbolGuide {

    private SymbolGuide() {
    }

    /**
     * The entries for {@code step} of a derivation of {@code network} whose per-example views show
     * example 1, seen through {@code view} (ignored for steps without views; a view the step lacks
     * falls back to its first view, as the step pane does).
     */
    public static List<SymbolEntry> entries(Network network, Step step, ViewKind view) {
        return entries(network, 0, step, view);
    }

    /** As {@link #entries(Network, Step, ViewKind)}, for a derivation showing example {@code example} (from 0). */
    public static List<SymbolEntry> entries(Network network, int example, Step step, ViewKind view) {
        return entries(network, example, step, view, Convention.DELTASCOPE);
    }

    /**
     * As {@link #entries(Network, int, Step, ViewKind)}, for a derivation in {@code convention}: every
     * shape, index and formula is the convention's (Z⁽ˡ⁾ m × n_l with examples as rows, W stored in × out,
     * ∂C/∂z a column in denominator layout, …) and every layer is written in its index style.
     */
    public static List<SymbolEntry> entries(Network network, int example, Step step, ViewKind view,
            Convention convention) {
        SymbolGuideWords words = new SymbolGuideWords(network, example, convention);
        SymbolGuideMatrices matrices = new SymbolGuideMatrices(words);
        List<NamedMatrix> shown = shownMatrices(step, view);
        List<SymbolEntry> out = new ArrayList<>();
        for (NamedMatrix matrix : shown) {
            Optional<Match> match = matrices.recognise(matrix);
            out.add(match.isPresent() ? inStyle(matrices.entry(matrix, match.get()), convention.index()) : unknown(matrix));
        }
        for (SymbolEntry entry : new SymbolGuideOperators(words).entries(step, shownView(step, view), shown)) {
            out.add(inStyle(entry, convention.index()));
        }
        return out;
    }

    /** The entry with every layer written in {@code style}; its grid is kept. */
    private static SymbolEntry inStyle(SymbolEntry entry, IndexStyle style) {
        return new SymbolEntry(style.latex(entry.latex()), style.plain(entry.meaning()), style.plain(entry.location()),
                entry.matrix());
    }

    /** The view the step pane shows for {@code view}: that view, or the step's first; null for a step without views. */
    public static ViewKind shownView(Step step, ViewKind view) {
        if (step.views().isEmpty()) {
            return null;
        }
        return step.view(view) != null ? view : step.views().get(0).kind();
    }

    /** The matrices shown as grids: the view's for a step with views, the step's otherwise. */
    public static List<NamedMatrix> shownMatrices(Step step, ViewKind view) {
        ViewKind shown = shownView(step, view);
        return shown == null ? step.matrices() : step.view(shown).matrices();
    }

    /** Whether {@code name} is a matrix name the guide explains for {@code network}. */
    static boolean knows(Network network, String name) {
        return knows(network, 0, name, Convention.DELTASCOPE);
    }

    /**
     * Whether {@code name} is a matrix name the guide explains for {@code network} in {@code convention},
     * whose per-example views show example {@code example} (from 0).
     */
    static boolean knows(Network network, int example, String name, Convention convention) {
        return SymbolGuideQuantity.recognise(name, new Symbols(network.batchSize() > 1, example + 1), network.depth(),
                convention).isPresent();
    }

    /** A matrix whose name the guide does not know: its name and shape, nothing more. */
    private static SymbolEntry unknown(NamedMatrix matrix) {
        return new SymbolEntry(matrix.latex(), matrix.name() + ": " + matrix.values().shape() + ".",
                "Each entry is one number of this step's computation.", matrix);
    }
}
