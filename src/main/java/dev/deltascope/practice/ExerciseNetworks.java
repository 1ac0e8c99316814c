package dev.deltascope.practice;

import dev.deltascope.model.Activation;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * New networks for fresh exercises: the same activations, loss, targets and learning rate as a
 * template, weights drawn from a seed by the file format's scheme ({@link Initialisation}) and
 * inputs drawn uniformly from [−1, 1) from the same seed ({@link Seeds}). Every weight, bias and
 * input is then rounded to {@value #DECIMALS} decimals, so the numbers a learner is given are the
 * network's own, not values rounded for display, and can be worked by hand.
 */
public final class ExerciseNetworks {

    /** Decimals of every given number: 0.37, −0.05. */
    static final int DECIMALS = 2;

    private ExerciseNetworks() {
    }

    /** A network of the template's shape with weights, biases and inputs from the seed. */
    public static Network draw(Network template, long seed) {
        List<Integer> sizes = new ArrayList<>();
        for (DenseLayer layer : template.layers()) {
            sizes.add(layer.size());
        }
        return drawn(template, sizes, seed);
    }

    /**
     * A network like the template whose hidden layers are each between the limits' widths, drawn
     * from the seed; the input and output widths stay, so the targets still fit.
     */
    public static Network draw(Network template, long seed, WidthLimits limits) {
        Random random = Seeds.random(~seed);
        List<Integer> sizes = new ArrayList<>();
        for (int l = 1; l <= template.depth(); l++) {
            boolean output = l == template.depth();
            sizes.add(output ? template.size(l) : limits.smallest() + random.nextInt(limits.count()));
        }
        return drawn(template, sizes, seed);
    }

    private static Network drawn(Network template, List<Integer> sizes, long seed) {
        List<Activation> activations = new ArrayList<>();
        for (DenseLayer layer : template.layers()) {
            activations.add(layer.activation());
        }
        List<DenseLayer> layers = new ArrayList<>();
        for (DenseLayer drawn : Initialisation.layers(template.inputSize(), sizes, activations, seed)) {
            layers.add(new DenseLayer(rounded(drawn.weights().toArray()), rounded(drawn.biases().toArray()),
                    drawn.activation()));
        }
        Random random = Seeds.random(seed);
        double[][] inputs = new double[template.inputSize()][template.batchSize()];
        for (double[] row : inputs) {
            for (int k = 0; k < row.length; k++) {
                row[k] = 2 * random.nextDouble() - 1;
            }
        }
        return new Network(template.title(), template.inputSize(), layers, template.loss(), rounded(inputs),
                template.targets(), template.learningRate(), seed);
    }

    /** The values rounded half up to {@value #DECIMALS} decimals, as the nearest double. */
    private static Matrix rounded(double[][] values) {
        for (double[] row : values) {
            for (int c = 0; c < row.length; c++) {
                row[c] = BigDecimal.valueOf(row[c]).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
            }
        }
        return Matrix.of(values);
    }
}
