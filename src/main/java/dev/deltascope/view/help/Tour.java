package dev.deltascope.view.help;

import java.util.List;

/**
 * The first-run guided tour: a few stops, each pointing at one part of the window by its node id,
 * walked with next and back. Which stop is showing is the only state.
 */
public final class Tour {

    /** Where the callout sits beside the part it points at. */
    public enum Placement { RIGHT_OF, BELOW, ABOVE }

    /** One callout: the id of the part it points at, where it sits, a title and a sentence or two. */
    public record Stop(String target, Placement placement, String title, String text) {
    }

    /** The stops of the window's tour, in order. */
    public static final List<Stop> STOPS = List.of(
            new Stop("network-editor", Placement.RIGHT_OF, "Build the network here",
                    "Layers, widths, activations, the weights and the training examples. Every edit recomputes "
                            + "the whole derivation at once, and Ctrl+Z takes it back."),
            new Stop("network-diagram", Placement.BELOW, "The network at this step",
                    "The diagram lights up the units and weights the current step is about. Point at a weight "
                            + "here or in a matrix to find it everywhere."),
            new Stop("step-area", Placement.RIGHT_OF, "One step of backpropagation",
                    "The formula beside its live numbers. On a backward step, the keys 1 to 5 switch between "
                            + "views of the same gradient, and they must agree."),
            new Stop("step-timeline", Placement.ABOVE, "Walk through the derivation",
                    "→ or Space for the next step, ← to go back, Home and End to the ends. "
                            + "F5 presents it full screen; Esc comes back."),
            new Stop("file-menu", Placement.BELOW, "Take it to class",
                    "File → Export current step or Export derivation saves PNG, SVG, PDF or LaTeX. "
                            + "Press F1 or ? for every keyboard shortcut."));

    private final List<Stop> stops;
    private int index;

    public Tour() {
        this(STOPS);
    }

    public Tour(List<Stop> stops) {
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("tour: needs at least one stop");
        }
        this.stops = List.copyOf(stops);
    }

    public Stop current() {
        return stops.get(index);
    }

    /** Zero-based position of the current stop. */
    public int index() {
        return index;
    }

    public int size() {
        return stops.size();
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return index == stops.size() - 1;
    }

    /** "Step 2 of 5". */
    public String position() {
        return "Step " + (index + 1) + " of " + stops.size();
    }

    /** Moves to the next stop; stays on the last. */
    public void next() {
        index = Math.min(index + 1, stops.size() - 1);
    }

    /** Moves to the previous stop; stays on the first. */
    public void back() {
        index = Math.max(index - 1, 0);
    }
}
