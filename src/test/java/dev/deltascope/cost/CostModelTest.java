package dev.deltascope.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.model.Activation;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CostModelTest {

    /** The classic 2-2-2 sigmoid network. */
    private static Network classic() {
        return TestNetworks.classic();
    }

    /** 3-5-4-2: sigmoid, ReLU, softmax. */
    private static Network threeFiveFourTwo() {
        return new Network("3-5-4-2", 3,
                Initialisation.layers(3, List.of(5, 4, 2), List.of(Sigmoid.INSTANCE, Relu.INSTANCE, Softmax.INSTANCE), 11),
                HalfSquaredError.INSTANCE, Matrix.column(0.2, -0.4, 0.9), Matrix.column(1, 0), 0.5, 11);
    }

    private static void assertCounts(long jacobianMultiplyAdds, long jacobianDoubles, long vjpMultiplyAdds,
            long vjpDoubles, MethodCosts costs) {
        assertEquals(new MethodCosts(new OperationCount(jacobianMultiplyAdds, jacobianDoubles),
                new OperationCount(vjpMultiplyAdds, vjpDoubles)), costs);
    }

    @Test
    void theClassicNetworksStepsCostWhatTheyCostByHand() {
        List<StepCost> steps = CostModel.backwardSteps(classic());

        assertEquals(List.of(2, 1), steps.stream().map(StepCost::layer).toList());
        // δ²: J = diag(σ′) is 2×2 (4 doubles), gᵀJ 4 multiply-adds, δ 2 doubles; VJP: σ′ 2, ⊙ 2, δ 2.
        assertCounts(4, 6, 2, 4, steps.get(0).step());
        assertTrue(steps.get(0).isOutput());
        // δ¹: W²ᵀδ² 2·2 = 4 multiply-adds and 2 doubles in both, then the node as above.
        assertCounts(8, 8, 6, 6, steps.get(1).step());
        assertCounts(4, 6, 2, 4, steps.get(1).node());
        assertEquals(2, steps.get(1).nextWidth());
    }

    @Test
    void aThreeFiveFourTwoNetworksStepsCostWhatTheyCostByHand() {
        List<StepCost> steps = CostModel.backwardSteps(threeFiveFourTwo());

        // δ³, softmax, n = 2: s 2, J 4 (4 products s_i s_j), gᵀJ 4, δ 2; VJP: s 2, sᵀg 2, s ⊙ (…) 2, δ 2.
        assertCounts(8, 8, 4, 4, steps.get(0).step());
        // δ², ReLU, n = 4 after n' = 2: W³ᵀδ³ 8 and 4 doubles; J 16 + 16, δ 4; VJP 4 + 4, σ′ 4, δ 4.
        assertCounts(24, 24, 12, 12, steps.get(1).step());
        // δ¹, sigmoid, n = 5 after n' = 4: 20 and 5; J 25 + 25 doubles + 5; VJP 5, 5 + 5.
        assertCounts(45, 35, 25, 15, steps.get(2).step());
    }

    @Test
    void theClassicNetworksWholePassAddsTheSameWeightGradientsToBoth() {
        // Steps: Jacobian 12 multiply-adds, 14 doubles; VJP 8, 10. Gradients: δ(a)ᵀ 4 + 4 products,
        // ∂C/∂W 4 + 4 and ∂C/∂b 2 + 2 doubles, in both.
        assertCounts(20, 26, 16, 22, CostModel.wholePass(classic()));
    }

    @Test
    void atTheActivationNodeTheRatioIsTheWidth() {
        for (int n : new int[] {1, 2, 16, 1024}) {
            MethodCosts node = CostModel.node(Sigmoid.INSTANCE, n);
            assertEquals(n, node.multiplyAddRatio(), 1e-12, "n = " + n);
            assertEquals((n + 1) / 2.0, node.memoryRatio(), 1e-12, "n = " + n);
        }
        assertEquals(1024, CostModel.node(Softmax.INSTANCE, 1024).multiplyAddRatio(), 1e-12);
    }

    @Test
    void aBatchOfMExamplesCostsMTimesOneExample() {
        MethodCosts one = CostModel.step(threeFiveFourTwo(), 1).step();

        MethodCosts batch = one.forBatch(4);

        assertCounts(180, 140, 100, 60, batch);
        assertEquals(one.multiplyAddRatio(), batch.multiplyAddRatio(), 1e-12);
    }

    @Test
    void widthsOutsideTheLimitsAreRefusedByName() {
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> CostModel.node(Sigmoid.INSTANCE, 1025));
        assertEquals("n: must be 1..1024, was 1025", wide.getMessage());
        IllegalArgumentException next = assertThrows(IllegalArgumentException.class,
                () -> CostModel.weightProduct(3, 0));
        assertEquals("nextWidth: must be 1..1024, was 0", next.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> countsMatchAnInstrumentedLoopImplementationOfBothMethods() {
        return IntStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Network network = randomNetwork(new SplittableRandom(seed));
            List<StepCost> counted = CostModel.backwardSteps(network);
            double[] jacobianDelta = null;
            double[] vjpDelta = null;
            Trace trace = Trace.of(network);
            for (StepCost step : counted) {
                int l = step.layer();
                InstrumentedBackward jacobian = new InstrumentedBackward(network);
                jacobianDelta = jacobian.jacobianStep(l, jacobianDelta);
                InstrumentedBackward vjp = new InstrumentedBackward(network);
                vjpDelta = vjp.vjpStep(l, vjpDelta);

                assertEquals(new OperationCount(jacobian.multiplyAdds, jacobian.doubles), step.step().jacobian(),
                        "Jacobian, layer " + l);
                assertEquals(new OperationCount(vjp.multiplyAdds, vjp.doubles), step.step().vjp(), "VJP, layer " + l);
                double[] engineDelta = trace.vjp().delta(l).column(0);
                for (int i = 0; i < engineDelta.length; i++) {
                    assertEquals(engineDelta[i], jacobianDelta[i], 1e-12, "Jacobian δ, layer " + l);
                    assertEquals(engineDelta[i], vjpDelta[i], 1e-12, "VJP δ, layer " + l);
                }
            }
        }));
    }

    private static Network randomNetwork(SplittableRandom random) {
        int depth = 1 + random.nextInt(4);
        int inputSize = 1 + random.nextInt(6);
        List<Integer> sizes = new ArrayList<>();
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            sizes.add(1 + random.nextInt(7));
            activations.add(Activation.all().get(random.nextInt(Activation.all().size())));
        }
        double[] input = random.doubles(inputSize, -1, 1).toArray();
        double[] target = random.doubles(sizes.get(depth - 1), 0, 1).toArray();
        return new Network("random", inputSize, Initialisation.layers(inputSize, sizes, activations, random.nextLong()),
                HalfSquaredError.INSTANCE, Matrix.column(input), Matrix.column(target), 0.5, 1);
    }
}
