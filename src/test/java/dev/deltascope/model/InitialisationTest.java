package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Initialisation.SplitMix64;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitialisationTest {

    /**
     * The published first outputs of SplitMix64 for seed 1234567 (Rosetta Code, "Pseudo-random
     * numbers/Splitmix64"), as unsigned 64-bit integers.
     */
    private static final String[] SEED_1234567 = {
        "6457827717110365317", "3203168211198807973", "9817491932198370423",
        "4593380528125082431", "16408922859458223821",
    };

    /** The first outputs of the reference splitmix64.c for seed 0. */
    private static final long[] SEED_0 = {
        0xE220A8397B1DCDAFL, 0x6E789E6AA1B965F4L, 0x06C45D188009454FL, 0xF88BB8A8724C81ECL, 0x1B39896A51A8749BL,
    };

    private static double unit(String unsigned) {
        return (Long.parseUnsignedLong(unsigned) >>> 11) * 0x1.0p-53;
    }

    @Test
    void theGeneratorIsSplitMix64AsPublished() {
        SplitMix64 random = new SplitMix64(1234567);
        for (String expected : SEED_1234567) {
            assertEquals(expected, Long.toUnsignedString(random.next()));
        }
        SplitMix64 zero = new SplitMix64(0);
        for (long expected : SEED_0) {
            assertEquals(expected, zero.next());
        }
    }

    /** u = (x >>> 11) · 2⁻⁵³; for the first output 6457827717110365317 that is 0.3500795420214081. */
    @Test
    void unitDrawsTakeTheTop53Bits() {
        SplitMix64 random = new SplitMix64(1234567);
        assertEquals(0.3500795420214081, random.nextUnit());
        for (int i = 1; i < SEED_1234567.length; i++) {
            assertEquals(unit(SEED_1234567[i]), random.nextUnit());
        }
    }

    /** W^1 is 3×2, drawn row by row: w = (2u − 1) √(6 / (2 + 3)) from the published stream. */
    @Test
    void glorotWeightsFollowTheDocumentedSchemeFromTheSeed() {
        DenseLayer layer = Initialisation.layers(2, List.of(3), List.of(Sigmoid.INSTANCE), 1234567).get(0);
        double bound = Math.sqrt(6.0 / 5);
        assertEquals(-0.3284592666655205, layer.weights().get(0, 0), 1e-16);
        assertEquals((2 * unit(SEED_1234567[1]) - 1) * bound, layer.weights().get(0, 1));
        assertEquals((2 * unit(SEED_1234567[2]) - 1) * bound, layer.weights().get(1, 0));
        assertEquals((2 * unit(SEED_1234567[3]) - 1) * bound, layer.weights().get(1, 1));
        assertEquals((2 * unit(SEED_1234567[4]) - 1) * bound, layer.weights().get(2, 0));
    }

    /** A ReLU layer uses He's bound √(6 / n_{l−1}): with 4 inputs, √1.5. Biases come after the weights. */
    @Test
    void reluWeightsUseHesBoundAndBiasesFollowTheWeights() {
        DenseLayer layer = Initialisation.layers(4, List.of(1), List.of(Relu.INSTANCE), 1234567).get(0);
        double bound = Math.sqrt(6.0 / 4);
        for (int c = 0; c < 4; c++) {
            assertEquals((2 * unit(SEED_1234567[c]) - 1) * bound, layer.weights().get(0, c));
        }
        assertEquals((2 * unit(SEED_1234567[4]) - 1) * Initialisation.BIAS_RANGE, layer.biases().get(0, 0));
    }

    @Test
    void theSameSeedGivesTheSameLayersAndAnotherSeedDifferentOnes() {
        List<Integer> sizes = List.of(5, 4, 3);
        List<Activation> activations = List.of(Relu.INSTANCE, Tanh.INSTANCE, Softmax.INSTANCE);
        List<DenseLayer> first = Initialisation.layers(6, sizes, activations, 42);
        assertEquals(first, Initialisation.layers(6, sizes, activations, 42));
        List<DenseLayer> other = Initialisation.layers(6, sizes, activations, 43);
        for (int l = 0; l < sizes.size(); l++) {
            assertNotEquals(first.get(l).weights(), other.get(l).weights());
            assertNotEquals(first.get(l).biases(), other.get(l).biases());
        }
    }

    @Test
    void everyDrawStaysWithinItsBoundAndSpreadsAcrossIt() {
        List<Activation> activations = List.of(Relu.INSTANCE, Sigmoid.INSTANCE, Identity.INSTANCE);
        for (long seed = 0; seed < 50; seed++) {
            List<DenseLayer> layers = Initialisation.layers(8, List.of(16, 12, 4), activations, seed);
            int previous = 8;
            for (DenseLayer layer : layers) {
                double bound = layer.activation() instanceof Relu
                        ? Math.sqrt(6.0 / previous)
                        : Math.sqrt(6.0 / (previous + layer.size()));
                assertTrue(layer.weights().maxAbs() <= bound, "weights within ±" + bound);
                assertTrue(layer.weights().maxAbs() > 0.8 * bound, "weights reach toward ±" + bound);
                assertTrue(layer.biases().maxAbs() <= Initialisation.BIAS_RANGE);
                previous = layer.size();
            }
        }
    }

    @Test
    void mismatchedSizesAndActivationsAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Initialisation.layers(2, List.of(3, 1), List.of(Tanh.INSTANCE), 1));
        assertEquals("sizes and activations differ in length: 2 and 1", error.getMessage());
    }
}
