package dev.deltascope.file;

import dev.deltascope.model.Activation;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random networks whose numbers cover the awkward corners of double. */
final class RandomNetworks {

    private static final double[] CORNERS = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
        Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, Math.nextUp(1.0), 0.1, 1e23, 2e-3, 9007199254740993.0,
    };

    private RandomNetworks() {
    }

    /** Any finite double: raw random bits, a random subnormal, or a corner case. */
    static double anyFinite(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return CORNERS[random.nextInt(CORNERS.length)];
            case 1:
                return Double.longBitsToDouble(random.nextLong() & 0x800F_FFFF_FFFF_FFFFL);
            default:
                double d;
                do {
                    d = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(d));
                return d;
        }
    }

    /** A finite double greater than 0. */
    static double anyPositive(Random random) {
        double d;
        do {
            d = Math.abs(anyFinite(random));
        } while (!(d > 0));
        return d;
    }

    static Matrix matrix(Random random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = anyFinite(random);
            }
        }
        return Matrix.of(values);
    }

    /** 1 to 4 layers of width 1 to 5, any activations, half squared error, m examples. */
    static Network network(Random random, int m) {
        int inputSize = 1 + random.nextInt(5);
        int depth = 1 + random.nextInt(4);
        List<DenseLayer> layers = new ArrayList<>();
        int previous = inputSize;
        for (int l = 1; l <= depth; l++) {
            int size = 1 + random.nextInt(5);
            Activation activation = Activation.all().get(random.nextInt(Activation.all().size()));
            layers.add(new DenseLayer(matrix(random, size, previous), matrix(random, size, 1), activation));
            previous = size;
        }
        return new Network("random " + random.nextInt(), inputSize, layers, HalfSquaredError.INSTANCE,
                matrix(random, inputSize, m), matrix(random, previous, m), anyPositive(random), random.nextLong());
    }
}
