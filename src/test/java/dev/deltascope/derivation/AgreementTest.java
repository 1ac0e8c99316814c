package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Agreement.Verdict;
import dev.deltascope.numbers.NumberFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private final NumberFormatter numbers = new NumberFormatter(4);

    @Test
    void methodsThatGiveTheSameNumbersAgreeExactly() {
        String sentence = new Agreement(0, 1.19e-10).sentence(numbers::text);

        assertEquals("The three methods agree exactly; finite differences match backpropagation with a relative "
                + "error of 1.19×10⁻¹⁰, below the check's tolerance of 1×10⁻⁶.", sentence);
    }

    @Test
    void aRoundingDifferenceIsGivenAsABound() {
        String sentence = new Agreement(3.1e-17, Double.NaN).sentence(numbers::text);

        assertEquals("The three methods agree to within 3.1×10⁻¹⁷, the rounding of a few sums of products; "
                + "finite differences were not compared for this layer.", sentence);
    }

    @Test
    void methodsThatDifferByMoreThanRoundingAreSaidToDisagree() {
        String sentence = new Agreement(2e-9, 1e-10).sentence(numbers::text);

        assertEquals("The three methods disagree: they differ by up to 2×10⁻⁹, more than the 1×10⁻⁹ that rounding "
                + "explains; finite differences match backpropagation with a relative error of 1×10⁻¹⁰, below the "
                + "check's tolerance of 1×10⁻⁶.", sentence);
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

        assertEquals("The three methods agree to within $2.5E-16$, the rounding of a few sums of products; finite "
                + "differences match backpropagation with a relative error of $3.0E-9$, below the check's tolerance "
                + "of $1.0E-6$.", sentence);
        assertTrue(sentence.chars().allMatch(c -> c < 128), "words are plain ASCII for LaTeX: " + sentence);
    }

    @Test
    void aDoubtfulErrorSaysWhatIsInDoubtAndWhatUsuallyCausesIt() {
        String sentence = new Agreement(0, 2.5e-5).sentence(numbers::text);

        assertEquals("The three methods agree exactly; finite differences neither confirm nor refute backpropagation: "
                + "their relative error of 2.5×10⁻⁵ is at or above the check's tolerance of 1×10⁻⁶ but below the 0.001 that "
                + "marks a wrong gradient. Such an error usually comes from the finite step itself (h = 0.001), from "
                + "rounding when the cost is large, or from a kink such as ReLU's at 0.", sentence);
    }

    @Test
    void aLargeErrorIsADisagreementAndAKinkInReachIsNamedAsItsLikelyCause() {
        String plain = new Agreement(0, 1, false).sentence(numbers::text);
        String kink = new Agreement(0, 1, true).sentence(numbers::text);
        String doubtfulKink = new Agreement(0, 1e-4, true).sentence(numbers::text);

        assertEquals("The three methods agree exactly; finite differences disagree with backpropagation by a relative "
                + "error of 1, at or above 0.001.", plain);
        assertTrue(kink.startsWith(plain.substring(0, plain.length() - 1) + ". The likely cause here is a ReLU kink"),
                kink);
        assertTrue(kink.contains("no derivative"), kink);
        assertTrue(doubtfulKink.endsWith("marks a wrong gradient. The likely cause here is a ReLU kink: a unit's "
                + "weighted input is within the finite step of 0, where ReLU has no derivative, so the difference "
                + "quotient measures the two slopes either side, not a derivative."), doubtfulKink);
        assertFalse(kink.contains("match"), kink);
    }

    /**
     * Each boundary of the three thresholds, NaN, exact zero and a kink in reach: the expected verdict is the
     * rule as stated (agrees below 10⁻⁶, doubtful below 10⁻³, disagrees above, and disagrees whenever the methods
     * differ by more than 10⁻⁹), and the sentence and the line must say the same verdict in words.
     */
    @Test
    void theSentenceTheLineAndTheVerdictSayTheSameAtEveryBoundary() {
        record Case(double methods, double check, boolean kink, Verdict expected) {
        }
        List<Case> cases = List.of(
                new Case(0, 0, false, Verdict.AGREES),
                new Case(0, Double.NaN, false, Verdict.AGREES),
                new Case(0, 9.99e-7, false, Verdict.AGREES),
                new Case(0, 1e-6, false, Verdict.DOUBTFUL),
                new Case(0, 1.01e-6, false, Verdict.DOUBTFUL),
                new Case(0, 1.01e-6, true, Verdict.DOUBTFUL),
                new Case(0, 9.99e-4, false, Verdict.DOUBTFUL),
                new Case(0, 1e-3, false, Verdict.DISAGREES),
                new Case(0, 1.01e-3, true, Verdict.DISAGREES),
                new Case(0, Double.POSITIVE_INFINITY, false, Verdict.DISAGREES),
                new Case(3.1e-17, 9.99e-7, false, Verdict.AGREES),
                new Case(1e-9, 5e-10, false, Verdict.AGREES),
                new Case(1.01e-9, 5e-10, false, Verdict.DISAGREES),
                new Case(1.01e-9, 5e-5, false, Verdict.DISAGREES),
                new Case(1.01e-9, Double.NaN, false, Verdict.DISAGREES),
                new Case(Double.NaN, 5e-10, false, Verdict.DISAGREES),
                new Case(Double.NaN, Double.NaN, false, Verdict.DISAGREES));
        NumberFormatter two = new NumberFormatter(2);
        assertAll(cases.stream().map(each -> () -> {
            Agreement agreement = new Agreement(each.methods(), each.check(), each.kink());
            String sentence = agreement.sentence(numbers::text);
            String line = agreement.line(two::text);
            assertEquals(each.expected(), agreement.verdict(), each.toString());
            assertEquals(each.expected(), sentenceVerdict(sentence), each + ": " + sentence);
            assertEquals(each.expected(), lineVerdict(line), each + ": " + line);
            assertEquals(each.kink() && each.expected() != Verdict.AGREES, sentence.contains("likely cause here is a ReLU kink"),
                    each + ": " + sentence);
        }));
    }

    /** The verdict the sentence's words give: the worse of what it says of the methods and of finite differences. */
    private static Verdict sentenceVerdict(String sentence) {
        Verdict methods = sentence.startsWith("The three methods agree") ? Verdict.AGREES : Verdict.DISAGREES;
        assertTrue(sentence.startsWith("The three methods agree") || sentence.startsWith("The three methods disagree")
                || sentence.startsWith("The three methods cannot be compared"), sentence);
        Verdict check = words(sentence, "finite differences match", "finite differences were not compared",
                "finite differences neither confirm nor refute", "finite differences disagree");
        return methods.compareTo(check) > 0 ? methods : check;
    }

    private static Verdict lineVerdict(String line) {
        Verdict views = line.startsWith("Views agree") ? Verdict.AGREES : Verdict.DISAGREES;
        assertTrue(line.startsWith("Views agree") || line.startsWith("Views disagree by")
                || line.startsWith("Views cannot be compared"), line);
        Verdict check = words(line, "finite differences agree to", "finite differences not checked",
                "finite differences doubtful", "finite differences disagree by");
        return views.compareTo(check) > 0 ? views : check;
    }

    /** The one verdict whose words the text holds, failing unless exactly one of the four phrases is there. */
    private static Verdict words(String text, String agrees, String notChecked, String doubtful, String disagrees) {
        List<Verdict> said = new ArrayList<>();
        if (text.contains(agrees) || text.contains(notChecked)) {
            said.add(Verdict.AGREES);
        }
        if (text.contains(doubtful)) {
            said.add(Verdict.DOUBTFUL);
        }
        if (text.contains(disagrees)) {
            said.add(Verdict.DISAGREES);
        }
        assertEquals(1, said.size(), "one verdict in words: " + text);
        return said.get(0);
    }

    @Test
    void theVerdictFollowsTheMethodsFirstThenTheFiniteDifferences() {
        assertEquals(Verdict.AGREES, new Agreement(0, 1e-10).verdict());
        assertEquals(Verdict.AGREES, new Agreement(1e-9, 9.9e-7).verdict());
        assertEquals(Verdict.AGREES, new Agreement(0, Double.NaN).verdict(), "a layer not checked");
        assertEquals(Verdict.DOUBTFUL, new Agreement(0, 1e-6).verdict());
        assertEquals(Verdict.DOUBTFUL, new Agreement(0, 9.9e-4).verdict());
        assertEquals(Verdict.DISAGREES, new Agreement(0, 1e-3).verdict());
        assertEquals(Verdict.DISAGREES, new Agreement(2e-9, 1e-10).verdict(), "the methods differ");
        assertEquals(Verdict.DISAGREES, new Agreement(Double.NaN, 1e-10).verdict());
        assertEquals(Verdict.DISAGREES, Verdict.ofRelativeError(Double.NaN), "a check that is not a number is no agreement");
        assertEquals("doubtful", Verdict.DOUBTFUL.styleClass());
    }

    @Test
    void theWindowsLineSaysTheSameFactsInFewerWords() {
        NumberFormatter numbers = new NumberFormatter(2);
        assertEquals("Views agree exactly · finite differences agree to 2.4×10⁻¹⁰ relative",
                new Agreement(0, 2.4e-10).line(numbers::text));
        assertEquals("Views agree to 3.1×10⁻¹⁷ · finite differences not checked for this layer",
                new Agreement(3.1e-17, Double.NaN).line(numbers::text));
        assertEquals("Views agree exactly · finite differences doubtful: 2.5×10⁻⁵ relative, at or above the 1×10⁻⁶ "
                + "tolerance (step size, rounding or a kink)", new Agreement(0, 2.5e-5).line(numbers::text));
        assertEquals("Views agree exactly · finite differences doubtful: 2.5×10⁻⁵ relative, a ReLU kink in reach",
                new Agreement(0, 2.5e-5, true).line(numbers::text));
        assertEquals("Views disagree by 2×10⁻⁹ · finite differences disagree by 0.5 relative, a ReLU kink in reach",
                new Agreement(2e-9, 0.5, true).line(numbers::text));
        assertEquals("Views cannot be compared: their numbers are NaN · finite differences disagree by 0.5 relative",
                new Agreement(Double.NaN, 0.5).line(numbers::text));
    }
}
