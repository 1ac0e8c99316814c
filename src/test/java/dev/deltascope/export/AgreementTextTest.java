package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.derivation.Agreement;
import org.junit.jupiter.api.Test;

class AgreementTextTest {

    private final NumberText numbers = new NumberText(4);

    @Test
    void methodsThatGiveTheSameNumbersAgreeExactly() {
        String sentence = AgreementText.sentence(new Agreement(0, 1.19e-10), numbers::format);

        assertEquals("The three methods agree exactly; finite differences match with a relative error of 1.19e−10.",
                sentence);
    }

    @Test
    void aRoundingDifferenceIsGivenAsABound() {
        String sentence = AgreementText.sentence(new Agreement(3.1e-17, Double.NaN), numbers::format);

        assertEquals("The three methods agree to within 3.1e−17; finite differences were not compared for this layer.",
                sentence);
    }

    @Test
    void numbersThatAreNotFiniteAreNotCalledAnAgreement() {
        String sentence = AgreementText.sentence(new Agreement(Double.NaN, Double.NaN), numbers::format);

        assertEquals("The three methods cannot be compared, because some numbers are not finite; "
                + "finite differences were not compared for this layer.", sentence);
    }

    @Test
    void latexNumbersAreWrittenAsTheCallerAsks() {
        String sentence = AgreementText.sentence(new Agreement(2.5e-16, 3e-9), value -> "$" + value + "$");

        assertEquals("The three methods agree to within $2.5E-16$; finite differences match with a relative error "
                + "of $3.0E-9$.", sentence);
    }
}
