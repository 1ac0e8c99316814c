package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.ExternalTools;
import dev.deltascope.external.Pdflatex;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LaTeX article compiles unedited with real pdflatex, and user text in it is harmless. */
class LatexDocumentTest {

    private static final String HOSTILE_TITLE = "\\input{/etc/passwd} & % $ # _ { } ~ ^ \\";

    @TempDir
    Path folder;

    @Test
    void wholeDerivationsOfEveryKindOfNetworkCompile() throws Exception {
        Map<String, Network> networks = TestNetworks.variety();
        for (String name : new String[] {"softmax hidden, sigmoid cross-entropy, batch of 3", "softmax classifier",
            "tanh, relu, identity", "overflow to infinity and NaN", "huge and tiny values", "2-3-1"}) {
            Derivation derivation = DerivationBuilder.build(Trace.of(networks.get(name)), NumberStyle.DEFAULT);
            Files.delete(compile(LatexDocument.article(derivation, 0, derivation.steps().size() - 1), name));
        }
    }

    @Test
    void aWideNetworkAtTwelveDigitsWithTheLargestDisplayLimitCompiles() throws Exception {
        NumberStyle style = new NumberStyle(12, NumberStyle.MAX_SHOWN, NumberStyle.MAX_SHOWN);
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.variety().get("width 10")), style);
        Files.delete(compile(LatexDocument.article(derivation, 0, derivation.steps().size() - 1), "width 10"));
    }

    @Test
    void aHostileTitleIsEscapedAndTheDocumentStillCompiles() throws Exception {
        Network network = TestNetworks.classic().withTitle(HOSTILE_TITLE);
        Derivation derivation = DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
        String document = LatexDocument.article(derivation, 6, 6);
        assertFalse(document.contains("\\input{"), "raw \\input survived");
        assertTrue(document.contains("\\title{\\ensuremath{\\backslash}input\\{/etc/passwd\\} \\& \\%"), document);
        Files.delete(compile(document, "hostile title"));
    }

    @Test
    void aSingleStepArticleHoldsOnlyThatStep() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT);
        String document = LatexDocument.article(derivation, 6, 6);
        assertTrue(document.contains("\\section*{Step 7 of 14: Backward: "), document);
        assertEquals(1, document.split("\\\\section\\*", -1).length - 1);
        assertTrue(document.lines().filter(line -> !line.startsWith("%")).findFirst().orElseThrow()
                .equals("\\documentclass[11pt]{article}"), document);
        assertTrue(document.contains("\\usepackage{amsmath}"));
    }

    @Test
    void aRangeOutsideTheStepsIsRefusedWithTheValidRange() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LatexDocument.article(derivation, 3, 14));
        assertEquals("steps 3..14: must lie within 0..13 with the first not after the last", error.getMessage());
    }

    /**
     * The agreement sentence of each verdict (and of a kink in reach) compiles, and pdftotext finds its
     * verdict's words and thresholds in the PDF as the window would say them.
     */
    @Test
    void everyVerdictsSentenceCompilesAndReadsAsTheVerdict() throws Exception {
        Derivation classic = DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT);
        List<Agreement> agreements = List.of(new Agreement(0, 2.5e-5, false), new Agreement(3e-8, 0.25, true));
        List<Step> steps = new ArrayList<>(classic.steps());
        List<Integer> withAgreement = new ArrayList<>();
        for (int i = 0; i < steps.size() && withAgreement.size() < agreements.size(); i++) {
            Step step = steps.get(i);
            if (step.agreement() != null) {
                steps.set(i, new Step(step.index(), step.kind(), step.layer(), step.layers(), step.title(),
                        step.explanation(), step.symbolic(), step.numeric(), step.terms(), step.matrices(),
                        step.views(), agreements.get(withAgreement.size())));
                withAgreement.add(i);
            }
        }
        assertEquals(agreements.size(), withAgreement.size(), "steps with an agreement");
        Derivation rewritten = new Derivation(classic.trace(), classic.style(), classic.convention(), classic.example(),
                steps);
        Path pdf = compile(LatexDocument.article(rewritten, 0, steps.size() - 1), "every verdict");
        Process process = new ProcessBuilder(ExternalTools.pdftotext().toString(), "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("-\\s*\\n", "").replaceAll("\\s+", " ").replace(" ,", ",");
        assertEquals(0, process.waitFor(), "pdftotext's exit code");
        String sentences = String.join("\n", text.split("(?=The three methods)")).lines()
                .filter(line -> line.startsWith("The three methods")).map(line -> line.substring(0, Math.min(330, line.length()))).toList().toString();

        assertTrue(text.contains("finite differences neither confirm nor refute backpropagation: their relative error "
                + "of 2.5 × 10−5 is at or above the check’s tolerance of 1 × 10−6 but below the 0.001 that marks a wrong "
                + "gradient."), sentences);
        assertTrue(text.contains("The three methods disagree: they differ by up to 3 × 10−8, more than the 1 × 10−9 "
                + "that rounding explains; finite differences disagree with backpropagation by a relative error of 0.25, "
                + "at or above 0.001. The likely cause here is a ReLU kink"), sentences);
        assertFalse(text.contains("finite differences match"), sentences);
    }

    /** Compiles the document with pdflatex, failing with its log unless it writes a PDF; the PDF written. */
    private Path compile(String document, String name) throws IOException, InterruptedException {
        Path tex = folder.resolve("derivation.tex");
        Files.writeString(tex, document, StandardCharsets.UTF_8);
        Pdflatex.Result result = Pdflatex.compile(tex);
        assertEquals(0, result.exitCode(), name + ": pdflatex failed:\n" + result.tail());
        assertTrue(Files.isRegularFile(result.pdf()) && Files.size(result.pdf()) > 1000, name + ": no PDF written");
        return result.pdf();
    }
}
