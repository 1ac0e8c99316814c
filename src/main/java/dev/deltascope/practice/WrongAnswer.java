package dev.deltascope.practice;

import dev.deltascope.model.Matrix;
import java.util.Objects;

/** The entries a learner who makes {@code mistake} would give. */
public record WrongAnswer(Mistake mistake, Matrix values) {

    public WrongAnswer {
        Objects.requireNonNull(mistake, "mistake");
        Objects.requireNonNull(values, "values");
    }
}
