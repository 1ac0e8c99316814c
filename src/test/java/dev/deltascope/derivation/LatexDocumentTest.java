package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.Pdflatex;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            compile(LatexDocument.article(derivation, 0, derivation.steps().size() - 1), name);
        }
    }

    @Test
    void aWideNetworkAtTwelveDigitsWithTheLargestDisplayLimitCompiles() throws Exception {
        NumberStyle style = new NumberStyle(12, NumberStyle.MAX_SHOWN, NumberStyle.MAX_SHOWN);
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.variety().get("width 10")), style);
        compile(LatexDocument.article(derivation, 0, derivation.steps().size() - 1), "width 10");
    }

    @Test
    void aHostileTitleIsEscapedAndTheDocumentStillCompiles() throws Exception {
        Network network = TestNetworks.classic().withTitle(HOSTILE_TITLE);
        Derivation derivation = DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
        String document = LatexDocument.article(derivation, 6, 6);
        assertFalse(document.contains("\\input{"), "raw \\input survived");
        assertTrue(document.contains("\\title{\\ensuremath{\\backslash}input\\{/etc/passwd\\} \\& \\%"), document);
        compile(document, "hostile title");
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

    private void compile(String document, String name) throws IOException, InterruptedException {
        Path tex = folder.resolve("derivation.tex");
        Files.writeString(tex, document, StandardCharsets.UTF_8);
        Pdflatex.Result result = Pdflatex.compile(tex);
        assertEquals(0, result.exitCode(), name + ": pdflatex failed:\n" + result.tail());
        assertTrue(Files.isRegularFile(result.pdf()) && Files.size(result.pdf()) > 1000, name + ": no PDF written");
        Files.delete(result.pdf());
    }
}
