package dev.deltascope.practice;

import java.util.Objects;

/** The shape a learner who makes {@code mistake} would give: rows × columns. */
public record WrongShape(Mistake mistake, int rows, int columns) {

    public WrongShape {
        Objects.requireNonNull(mistake, "mistake");
    }
}
