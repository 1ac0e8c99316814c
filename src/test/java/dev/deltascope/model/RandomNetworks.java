package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Random networks for property tests: 1–4 layers, widths 1–6, batches of 1–8, any activation at
 * any layer, either loss. Cross-entropy only ever sits on a sigmoid or softmax output, and its
 * targets are valid probabilities. Every case has its own seed, printed in its name, so a
 * failing case is rebuilt from that one number.
 */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /** An endless, reproducible stream of shapes over every activation and both losses. */
    static Stream<NetworkShape> shapes(long seed) {
        return shapes(seed, Activation.all());
    }

    /** An endless, reproducible stream of shapes whose every layer uses one of the given activations. */
    static Stream<NetworkShape> shapes(long seed, List<Activation> pool) {
        SplittableRandom cases = new SplittableRandom(seed);
        return Stream.generate(() -> shape(cases.nextLong(), pool));
    }

    /** The shape drawn from one case seed. */
    static NetworkShape shape(long caseSeed, List<Activation> pool) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        List<OutputChoice> outputs = outputChoices(pool);
        int depth = random.nextInt(1, 5);
        List<Integer> widths = new ArrayList<>();
        for (int l = 0; l <= depth; l++) {
            widths.add(random.nextInt(1, 7));
        }
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l < depth; l++) {
            activations.add(pool.get(random.nextInt(pool.size())));
        }
        OutputChoice output = outputs.get(random.nextInt(outputs.size()));
        activations.add(output.activation());
        int batchSize = random.nextInt(1, 9);
        return new NetworkShape(widths, activations, output.loss(), batchSize, caseSeed);
    }

    /** Every output activation in the pool with every loss that may sit on it. */
    static List<OutputChoice> outputChoices(List<Activation> pool) {
        List<OutputChoice> outputs = new ArrayList<>();
        for (Activation activation : pool) {
            outputs.add(new OutputChoice(activation, HalfSquaredError.INSTANCE));
            if (activation instanceof Sigmoid || activation instanceof Softmax) {
                outputs.add(new OutputChoice(activation, CrossEntropy.INSTANCE));
            }
        }
        return outputs;
    }

    /** An output activation and a loss that may sit on it. */
    record OutputChoice(Activation activation, Loss loss) {
    }

    /**
     * The structure of a random network and the seed its numbers are drawn from.
     *
     * @param widths n_0 … n_L
     * @param activations σ^1 … σ^L
     */
    record NetworkShape(List<Integer> widths, List<Activation> activations, Loss loss, int batchSize, long seed) {

        Activation outputActivation() {
            return activations.get(activations.size() - 1);
        }

        /**
         * The network itself: weights uniform in [−1.5, 1.5], biases in [−0.5, 0.5], inputs in
         * [−2, 2]; targets uniform in [−1, 1] for ½‖a − y‖², in [0, 1] (sometimes exactly 0 or 1)
         * for a sigmoid with cross-entropy, and one-hot or a random distribution for a softmax
         * with cross-entropy.
         */
        Network build() {
            SplittableRandom random = new SplittableRandom(~seed);
            List<DenseLayer> layers = new ArrayList<>();
            for (int l = 1; l < widths.size(); l++) {
                Matrix weights = uniform(random, widths.get(l), widths.get(l - 1), 1.5);
                Matrix biases = uniform(random, widths.get(l), 1, 0.5);
                layers.add(new DenseLayer(weights, biases, activations.get(l - 1)));
            }
            Matrix inputs = uniform(random, widths.get(0), batchSize, 2);
            return new Network(toString(), widths.get(0), layers, loss, inputs, targets(random), 0.1, seed);
        }

        private Matrix targets(SplittableRandom random) {
            int n = widths.get(widths.size() - 1);
            if (loss instanceof HalfSquaredError) {
                return uniform(random, n, batchSize, 1);
            }
            double[][] columns = new double[batchSize][];
            for (int k = 0; k < batchSize; k++) {
                columns[k] = outputActivation() instanceof Softmax ? distribution(random, n) : probabilities(random, n);
            }
            return Matrix.ofColumns(columns);
        }

        private static double[] distribution(SplittableRandom random, int n) {
            double[] y = new double[n];
            if (random.nextBoolean()) {
                y[random.nextInt(n)] = 1;
                return y;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                y[i] = random.nextDouble(0.01, 1);
                sum += y[i];
            }
            for (int i = 0; i < n; i++) {
                y[i] /= sum;
            }
            return y;
        }

        private static double[] probabilities(SplittableRandom random, int n) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(4);
                y[i] = kind == 0 ? 0 : kind == 1 ? 1 : random.nextDouble();
            }
            return y;
        }

        private static Matrix uniform(SplittableRandom random, int rows, int columns, double bound) {
            double[][] values = new double[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    values[r][c] = random.nextDouble(-bound, bound);
                }
            }
            return Matrix.of(values);
        }

        @Override
        public String toString() {
            return "widths " + widths + ", " + activations + ", " + loss + ", batch " + batchSize + ", seed " + seed;
        }
    }
}
