package dev.deltascope.model;

import org.ejml.simple.SimpleMatrix;

/** EJML's SimpleMatrix as an independent oracle for the model's own products (a test dependency only). */
final class Ejml {

    private Ejml() {
    }

    /** A copy of {@code matrix} as a SimpleMatrix. */
    static SimpleMatrix simple(Matrix matrix) {
        return SimpleMatrix.wrap(matrix.toDense());
    }

    /** A copy of a SimpleMatrix's result as a model Matrix. */
    static Matrix matrix(SimpleMatrix simple) {
        return Matrix.from(simple.getDDRM());
    }
}
