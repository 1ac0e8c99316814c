package dev.deltascope.practice;

import java.util.List;

/**
 * The check of one answer.
 *
 * @param right true when the whole answer is right
 * @param mistakes the known mistakes the answer matches, in {@link Mistake} order; empty when it
 *     is right or matches none
 * @param cells for an answer in a grid, whether each entry is right (rows of columns); empty otherwise
 */
public record Verdict(boolean right, List<Mistake> mistakes, List<List<Boolean>> cells) {

    public Verdict {
        mistakes = List.copyOf(mistakes);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** True when the answer is wrong and no known mistake explains it. */
    public boolean unknownMistake() {
        return !right && mistakes.isEmpty();
    }
}
