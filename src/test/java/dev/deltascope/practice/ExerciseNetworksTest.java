package dev.deltascope.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import org.junit.jupiter.api.Test;

class ExerciseNetworksTest {

    private final Network template = PracticeNetworks.of(Relu.INSTANCE, new int[] {3, 4, 2}, 2, 1);

    @Test
    void aNewExerciseKeepsTheShapeAndDrawsNewNumbersFromItsSeed() {
        Network first = ExerciseNetworks.draw(template, 40);
        assertEquals(first, ExerciseNetworks.draw(template, 40));
        Network second = ExerciseNetworks.draw(template, 41);
        assertNotEquals(first.layer(1).weights(), second.layer(1).weights());
        assertNotEquals(first.inputs(), second.inputs());
        for (Network drawn : new Network[] {first, second}) {
            assertEquals(3, drawn.inputSize());
            assertEquals(4, drawn.size(1));
            assertEquals(2, drawn.size(2));
            assertEquals(template.targets(), drawn.targets());
            assertEquals(template.batchSize(), drawn.batchSize());
            assertTrue(drawn.inputs().maxAbs() <= 1);
            assertTwoDecimals(drawn.inputs().toArray(), "inputs");
            for (int l = 1; l <= drawn.depth(); l++) {
                assertTwoDecimals(drawn.layer(l).weights().toArray(), "W" + l);
                assertTwoDecimals(drawn.layer(l).biases().toArray(), "b" + l);
            }
        }
    }

    /** Every value is a whole number of hundredths, as written on the sheet: 100 v is within 10⁻⁹ of an integer. */
    private static void assertTwoDecimals(double[][] values, String what) {
        for (double[] row : values) {
            for (double value : row) {
                double hundredths = value * 100;
                assertEquals(Math.rint(hundredths), hundredths, 1e-9, what + ": " + value + " has more than two decimals");
            }
        }
    }

    @Test
    void newShapesStayWithinTheTeachersLimits() {
        WidthLimits limits = new WidthLimits(2, 3);
        boolean sawTwo = false;
        boolean sawThree = false;
        for (long seed = 0; seed < 40; seed++) {
            Network drawn = ExerciseNetworks.draw(template, seed, limits);
            int hidden = drawn.size(1);
            assertTrue(hidden >= 2 && hidden <= 3, "hidden width " + hidden);
            assertEquals(2, drawn.size(2), "the output keeps its width");
            sawTwo |= hidden == 2;
            sawThree |= hidden == 3;
        }
        assertTrue(sawTwo && sawThree, "both allowed widths occur");
    }

    @Test
    void theSameSeedGivesTheSameQuestions() {
        Network drawn = ExerciseNetworks.draw(template, 7);
        assertEquals(Exercise.of(drawn, 7, NumberStyle.DEFAULT).questions(),
                Exercise.of(drawn, 7, NumberStyle.DEFAULT).questions());
        assertNotEquals(Exercise.of(drawn, 7, NumberStyle.DEFAULT).questions().stream().map(Question::kind).toList(),
                Exercise.of(drawn, 8, NumberStyle.DEFAULT).questions().stream().map(Question::kind).toList());
    }
}
