package dev.deltascope.practice;

import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random networks for the practice tests: every layer one activation, weights uniform in [−1, 1). */
final class PracticeNetworks {

    private PracticeNetworks() {
    }

    /**
     * A network of the given widths (n_0, n_1, …) whose layers all use {@code activation}; a softmax
     * network uses cross-entropy with one-hot targets, any other half squared error.
     */
    static Network of(Activation activation, int[] widths, int batch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            layers.add(new DenseLayer(uniform(random, widths[l], widths[l - 1]), uniform(random, widths[l], 1),
                    activation));
        }
        int outputs = widths[widths.length - 1];
        double[][] targets = new double[outputs][batch];
        for (int k = 0; k < batch; k++) {
            if (activation == Softmax.INSTANCE) {
                targets[random.nextInt(outputs)][k] = 1;
            } else {
                for (int j = 0; j < outputs; j++) {
                    targets[j][k] = random.nextDouble();
                }
            }
        }
        return new Network("practice", widths[0], layers,
                activation == Softmax.INSTANCE ? CrossEntropy.INSTANCE : HalfSquaredError.INSTANCE,
                uniform(random, widths[0], batch), Matrix.of(targets), 0.5, seed);
    }

    /** Rows × columns numbers uniform in [−1, 1). */
    static Matrix uniform(SplittableRandom random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = 2 * random.nextDouble() - 1;
            }
        }
        return Matrix.of(values);
    }
}
