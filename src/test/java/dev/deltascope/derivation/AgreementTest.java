package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.numbers.NumberFormatter;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private final NumberFormatter numbers = new NumberFormatter(4);

    @Test
    void methodsThatGiveTheSameNumbersAgreeExactly() {
        String sentence = new Agreement(0, 1.19e-10).sentence(numbers::text);

        assertEquals("The three methods agree exactly; finite differences match with a relative error of 1.19×10⁻¹⁰.",
                sentence);
    }

    @Test
    void aRoundingDifferenceIsGivenAsABound() {
        String sentence = new Agreement(3.1e-17, Double.NaN).sentence(numbers::text);

        assertEquals("The three methods agree to within 3.1×10⁻¹⁷; finite differences were not compared for this layer.",
                sentence);
    }

    @Test
    void numbersThatAreNotFiniteAreNotCalledAnAgreement() {
        String sentence = new Agreement(Double.NaN, Double.NaN).sentence(numbers::text);

        assertEquals("The three methods cannot be compared, because some numbers are not finite; "
                + "finite differences were not compared for this layer.", sentence);
    }

    @Test
    void latexNumbersAreWrittenAsTheCallerAsks() {
        String sentence = new Agreement(2.5e-16, 3e-9).sentence(value -> "$" + value + "$");

        assertEquals("The three methods agree to within $2.5E-16$; finite differences match with a relative error "
                + "of $3.0E-9$.", sentence);
    }

    @Test
    void aLargeErrorIsCalledADifferenceAndAKinkIsNamed() {
        String plain = new Agreement(0, 1, false).sentence(numbers::text);
        String kink = new Agreement(0, 1, true).sentence(numbers::text);

        assertEquals("The three methods agree exactly; finite differences differ by a relative error of 1.", plain);
        assertTrue(kink.contains("ReLU kink") && kink.contains("no derivative"), kink);
        assertFalse(kink.contains("match"), kink);
    }

    @Test
    void theVerdictFollowsTheMethodsFirstThenTheFiniteDifferences() {
        assertEquals(Agreement.Verdict.AGREES, new Agreement(0, 1e-10).verdict());
        assertEquals(Agreement.Verdict.AGREES, new Agreement(1e-9, 9.9e-7).verdict());
        assertEquals(Agreement.Verdict.AGREES, new Agreement(0, Double.NaN).verdict(), "a layer not checked");
        assertEquals(Agreement.Verdict.DOUBTFUL, new Agreement(0, 1e-6).verdict());
        assertEquals(Agreement.Verdict.DOUBTFUL, new Agreement(0, 9.9e-4).verdict());
        assertEquals(Agreement.Verdict.DISAGREES, new Agreement(0, 1e-3).verdict());
        assertEquals(Agreement.Verdict.DISAGREES, new Agreement(2e-9, 1e-10).verdict(), "the methods differ");
        assertEquals(Agreement.Verdict.DISAGREES, new Agreement(Double.NaN, 1e-10).verdict());
        assertEquals(Agreement.Verdict.DISAGREES, Agreement.Verdict.ofRelativeError(Double.NaN),
                "a check that is not a number is no agreement");
        assertEquals("doubtful", Agreement.Verdict.DOUBTFUL.styleClass());
    }

    @Test
    void theWindowsLineSaysTheSameFactsInFewerWords() {
        NumberFormatter numbers = new NumberFormatter(2);
        assertEquals("Views agree exactly · finite differences 2.4×10⁻¹⁰ relative",
                new Agreement(0, 2.4e-10).line(numbers::text));
        assertEquals("Views agree to 3.1×10⁻¹⁷ · finite differences not checked for this layer",
                new Agreement(3.1e-17, Double.NaN).line(numbers::text));
        assertEquals("Views cannot be compared: their numbers are NaN · finite differences 0.5 relative",
                new Agreement(Double.NaN, 0.5).line(numbers::text));
    }
}
