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
}
